import { describe, expect, it } from 'vitest';
import { fixed, only, report } from '../../test/helpers.js';

const id = 'no-unclear-instructions';
const reply = (body: string): string => `مرحبا ليلى،\n\nشكرًا لتواصلك معنا. ${body}\n\nأخبرنا إذا كان لديك أي أسئلة أخرى.\n\nمع خالص التحية،\nنور`;
/** The reports of the rule on a tweet, as `report` prints them. */
const social = (text: string): string[] => report(id, text, { channel: 'social' });

describe(`${id} in Arabic`, () => {
  it('reports a minimised step, in Arabic', () => {
    const [message] = only(id, reply('فقط تحقق من إعداداتك.'));
    expect(message!.actual).toBe('فقط');
    expect(message!.reason).toContain('يهوّن من خطوة');
    expect(message!.note).toContain('«خدمة العملاء 101»');
  });

  it('counts the steps of a request made with verbal nouns at each «ثم»', () => {
    const text = reply('يرجى تحديث التطبيق ثم تسجيل الخروج ثم مسح ذاكرة التخزين المؤقت ثم إعادة التشغيل.');
    expect(only(id, text)[0]!.reason).toBe('4 خطوات في جملة واحدة؛ القائمة المرقّمة أسهل في الاتباع');
    // Inside a paragraph the list is set apart by blank lines.
    expect(fixed(id, text)).toBe(reply('1. تحديث التطبيق.\n2. تسجيل الخروج.\n3. مسح ذاكرة التخزين المؤقت.\n4. إعادة التشغيل.').replace('معنا. 1.', 'معنا.\n\n1.'));
    // Two are not too many, and a comma or «و» alone does not cut a noun phrase («الاسم والعنوان»).
    expect(report(id, reply('يرجى تحديث التطبيق ثم الانتظار قليلا.'))).toEqual([]);
    expect(report(id, reply('يرجى إرسال الاسم، والعنوان، ورقم الهاتف، وصورة الفاتورة.'))).toEqual([]);
  });

  it('turns a crammed sentence into a numbered list', () => {
    const text = reply('افتح التطبيق ثم اختر الإعدادات ثم انقر على «الحساب» ثم سجل الخروج.');
    expect(only(id, text)[0]!.reason).toBe('4 خطوات في جملة واحدة؛ القائمة المرقّمة أسهل في الاتباع');
    expect(fixed(id, text)).toBe(reply('1. افتح التطبيق.\n2. اختر الإعدادات.\n3. انقر على «الحساب».\n4. سجل الخروج.').replace('معنا. 1.', 'معنا.\n\n1.'));
  });

  const invalid: Array<[string, string]> = [
    ['فقط تحقق من إعداداتك.', 'فقط'],
    ['ببساطة أعد تشغيل الجهاز.', 'ببساطة'],
    ['ما عليك سوى تحديث التطبيق.', 'ما عليك سوى'],
    ['يرجى إكمال الطلب بالطريقة المعتادة.', 'بالطريقة المعتادة'],
    ['قم بالدفع كالمعتاد.', 'كالمعتاد'],
    ['افتح ذلك الخيار من القائمة.', 'ذلك الخيار'],
    ['انقر على ذلك الزر في الأعلى.', 'ذلك الزر'],
    ['ابحث عن الإعداد في مكان ما داخل الحساب.', 'في مكان ما'],
    ['افتح التطبيق ثم اختر الإعدادات ثم انقر على الحساب.', 'افتح التطبيق ثم اختر الإعدادات ثم انقر على الحساب.'],
    ['يرجى مسح الـ cache وتحديث إعدادات DNS.', 'DNS'],
    // Imperatives of creating, moving and reading open an instruction as the others do.
    ['فقط أنشئ مفتاحًا جديدًا من لوحة التحكم وضعه في إعدادات الـ webhook.', 'webhook'],
    ['انقل الملفات إلى المجلد ثم افتح ملف الإعدادات ثم انقر على «حفظ».', 'انقل الملفات إلى المجلد ثم افتح ملف الإعدادات ثم انقر على «حفظ».'],
    ['اقرئي الدليل ثم افتحي التطبيق ثم اختاري «الإعدادات».', 'اقرئي الدليل ثم افتحي التطبيق ثم اختاري «الإعدادات».'],
    // «غيّر» with what is changed, opening the step after «ببساطة».
    ['ولا يهمك، ببساطة غيّر الحجز من التطبيق وخلاص.', 'ببساطة'],
    // A thing on the screen pointed at from afar, in the spoken forms too, or as "the one you know".
    ['اضغط على ذاك الزر في الأعلى.', 'ذاك الزر'],
    ['اضغط على ذلك الزِّر.', 'ذلك الزِّر'],
    ['روح على هذيك الصفحة وكمّل الطلب.', 'هذيك الصفحة'],
    ['اذهب إلى تلك القائمة.', 'تلك القائمة'],
    ['ادخل على الإعدادات وغيّر الخيار إياه.', 'الخيار إياه'],
    ['افتح الصفحة إياها وكمّل الطلب.', 'الصفحة إياها'],
    // "Go there" with a verb of going, and "like last time".
    ['روح هناك واضغط على الزر.', 'روح هناك'],
    ['اعمل زي المرة اللي فاتت.', 'زي المرة اللي فاتت'],
    ['أكمل الدفع مثل المرة السابقة.', 'مثل المرة السابقة'],
    ['غيّر الإعداد المعتاد.', 'الإعداد المعتاد'],
    // Minimised: the spoken «بس» opening the step, «عليك فقط», «كل ما عليك».
    ['بس سوّي ريستارت للراوتر.', 'بس'],
    ['عليك فقط إعادة ضبط المصنع.', 'عليك فقط'],
    ['كل ما عليك هو تحديث التطبيق.', 'كل ما عليك'],
  ];
  it.each(invalid)('reports %j', (body, actual) => {
    // (A list's report inside a paragraph takes the spaces around the sentence, which its blank lines replace.)
    expect(only(id, reply(body)).map((m) => m.actual.trim())).toContain(actual);
  });

  const valid = [
    'افتح التطبيق، ثم اختر «الإعدادات».',
    // Steps listed with commas and «و», none put after another in words: one path to follow, not steps chained (the
    // labels of real Arabic replies judge such sentences clear; this one was reported before).
    'سجل الخروج، وامسح السجل، وأعد تشغيل المتصفح.',
    // Inside a sentence «غير العنوان» is "other than the address".
    'لا يوجد لدينا عنوان غير العنوان المسجل في حسابك، لذا أرسلنا الطلب إليه.',
    'لقد أرسلت لك رابط إعادة التعيين.',
    'هل يمكنك التحقق من ذلك الخيار؟',
    'أرسلنا الطلب بالطريقة المعتادة عبر البريد السريع.',
    'يرجى فتح الإعدادات والنقر على «الخصوصية».',
    'يرجى تحديث إعدادات DNS (عناوين الخادم التي يستخدمها نطاقك) من لوحة التحكم.',
    'إذا لم يعمل ذلك، جرّب متصفحًا آخر.',
    'فقط أردت أن أؤكد أن طلبك في الطريق.',
    'سأرسل لك الخطوات بالتفصيل في رسالة منفصلة.',
    // «هناك» alone is "there is"; «بس» inside a sentence is "but"; «ذلك» with no thing on the screen beside it.
    'هناك مشكلة في الخادم، يرجى إعادة المحاولة بعد ساعة.',
    'جرّب الآن من التطبيق، بس إذا ما اشتغل راسلنا.',
    'انقر على «متابعة» بعد ذلك لإتمام الطلب.',
    'افتح هذا الرابط: https://example.com/reset',
  ];
  it.each(valid)('leaves %j alone', (body) => {
    expect(report(id, reply(body))).toEqual([]);
  });

  it('lets the glossary clear a Latin term in an Arabic instruction', () => {
    const text = reply('يرجى تحديث إعدادات DNS من لوحة التحكم.');
    expect(only(id, text).map((m) => m.actual)).toEqual(['DNS']);
    expect(report(id, text, { rules: { [id]: ['warn', { glossary: ['DNS'] }] } })).toEqual([]);
  });
});

describe(`${id} in Arabic: a team named by no name, and the steps called easy`, () => {
  const body = (text: string): string => `مرحبا ليلى،\n\n${text}\n\nمع خالص التحية،\nنور`;

  it('reports «القسم المختص» in an instruction that gives no way to reach it', () => {
    expect(report(id, body('يرجى التواصل مع القسم المختص.'))).toEqual(['3:17-3:29 no-unclear-instructions "القسم المختص"']);
    expect(report(id, body('راجع الجهة المعنية لحل المشكلة.'))).toEqual(['3:6-3:19 no-unclear-instructions "الجهة المعنية"']);
    expect(only(id, body('يرجى التواصل مع القسم المختص.'))[0]!.reason).toBe('«القسم المختص» لا يقول مَن ولا كيف؛ سمِّ الفريق وكيف يصل إليه العميل');
    // A number to call names the way; a deed or a promise of the team is no instruction.
    expect(report(id, body('يرجى التواصل مع القسم المختص على الرقم 920000000.'))).toEqual([]);
    expect(report(id, body('تم تحويل طلبك إلى القسم المختص.'))).toEqual([]);
    expect(report(id, body('سيتواصل معك القسم المختص قريبا.'))).toEqual([]);
  });

  it('reports the steps called easy in any sentence, unless the steps follow it', () => {
    expect(report(id, body('تغيير اللغة مجرد نقرة واحدة.'))).toEqual(['3:13-3:22 no-unclear-instructions "مجرد نقرة"']);
    expect(report(id, body('يمكنك تفعيل الخدمة بضغطة زر.'))).toEqual(['3:20-3:28 no-unclear-instructions "بضغطة زر"']);
    expect(only(id, body('تغيير اللغة مجرد نقرة واحدة.'))[0]!.reason).toBe('«مجرد نقرة» يهوّن من الخطوات؛ اذكرها أو اذكر أين يجدها العميل');
    expect(only(id, body('الأمر يحتاج خطوة واحدة فقط: افتح الإعدادات ثم اختر اللغة.')).map((m) => m.actual)).not.toContain('خطوة واحدة فقط');
    expect(report(id, body('أرسل لنا صورة واحدة فقط.'))).toEqual([]);
  });
});

describe(`${id} in Arabic: pointers with «ل» on them, «إياها» beside a message, a term explained once`, () => {
  const body = (text: string): string => `مرحبا ليلى،\n\n${text}\n\nمع خالص التحية،\nنور`;

  it('reports them', () => {
    expect(report(id, body('ادخلي لداك الخيار واختاري المقاس.'))).toEqual(['3:7-3:18 no-unclear-instructions "لداك الخيار"']);
    expect(report(id, body('اتبعي الرابط في الرسالة إياها واختاري الوقت المناسب.'))).toEqual(['3:17-3:30 no-unclear-instructions "الرسالة إياها"']);
  });

  it('leaves a term the reply has explained once', () => {
    expect(report(id, body('اختر «أسماء نقاط الوصول (APN)» ثم اكتب في خانة APN الكلمة net.sa.'))).toEqual([]);
  });
});

describe(`${id} in Arabic: a step made light of though it is exact, and steps found past their opening words`, () => {
  const body = (text: string): string => `مرحبا ليلى،\n\n${text}\n\nمع خالص التحية،\nنور`;
  const light = (word: string): string => `«${word}» يوحي للعميل بأن الخطوة لا شيء، فإن وجدها صعبة شعر بأنه المقصّر؛ الخطوة واضحة من دونها`;

  it.each([
    ['فقط انقر على زر «حفظ» في أعلى الصفحة.', 'فقط', 'انقر على زر «حفظ» في أعلى الصفحة.'],
    ['ببساطة اضغط على Save في أسفل النموذج.', 'ببساطة', 'اضغط على Save في أسفل النموذج.'],
    ['بس اضغطي «تأكيد» وخلاص.', 'بس', 'اضغطي «تأكيد» وخلاص.'],
  ])('reports the word in %j, and the rewrite drops it', (text, word, rewritten) => {
    const [message] = only(id, body(text));
    expect(message!.actual.trim()).toBe(word);
    expect(message!.reason).toBe(light(word));
    expect(fixed(id, body(text))).toBe(body(rewritten));
  });

  it('reports «ما عليك سوى» with an exact step, with no rewrite (the verbal noun after it needs a person)', () => {
    const [message] = only(id, body('ما عليك سوى الضغط على زر «حفظ».'));
    expect(message!.reason).toBe(light('ما عليك سوى'));
    expect(message!.expected).toEqual([]);
  });

  it('reads a step after its purpose, after the Maghrebi «غير», and «فعّلي»', () => {
    // No comma after the purpose: «ببساطة اتبعي» is still the step, and «إياها» beside the message is vague in it.
    expect(report(id, body('لإعادة جدولة التوصيل ببساطة اتبعي الرابط في الرسالة إياها واختاري الوقت المناسب.')).map((l) => l.replace(/^\S+ /u, ''))).toEqual([
      'no-unclear-instructions "ببساطة"',
      'no-unclear-instructions "الرسالة إياها"',
    ]);
    // The Maghrebi «غير» with the verb of the step is "just", reported as «بس» and «فقط» are (writers of ar-batch-46 and
    // -47 label it so).
    expect(report(id, body('باش تبدلي المقاس، غير دخلي لداك الخيار فالحساب ديالك.'))).toEqual(['3:19-3:27 no-unclear-instructions "غير دخلي"', '3:28-3:39 no-unclear-instructions "لداك الخيار"']);
    expect(report(id, body('فقط فعّلي الخاصية إياها من الإعدادات.')).map((l) => l.replace(/^\S+ /u, ''))).toEqual(['no-unclear-instructions "فقط"', 'no-unclear-instructions "الخاصية إياها"']);
    // The opening words and a lone «فقط» are no steps of their own in a crammed sentence.
    expect(report(id, body('لحل المشكلة، افتح التطبيق ثم اضغط «تحديث».'))).toEqual([]);
    expect(report(id, body('فقط فعّلي الخيار «الشراء أونلاين» وبعدها جرّبي الشراء تاني.')).map((l) => l.replace(/^\S+ /u, ''))).toEqual(['no-unclear-instructions "فقط " → ""']);
    expect(fixed(id, body('لحل المشكلة، افتح التطبيق، ثم اضغط «تحديث»، ثم وجرّبي الشراء.'))).toBe(body('لحل المشكلة، افتح التطبيق.\n2. اضغط «تحديث».\n3. جرّبي الشراء.').replace('لحل المشكلة، افتح', '1. لحل المشكلة، افتح'));
    // «فقط» before no step is "only"; «غير» before no imperative is "other", "not".
    expect(report(id, body('أرسلنا لك رسالة واحدة فقط.'))).toEqual([]);
    expect(report(id, body('المنتج غير متوفر، غير أننا سنبلغك حين يصل.'))).toEqual([]);
  });
});

describe(`${id} in Arabic: «فعّل» with what it turns on, the Maghrebi «من تما», the usual papers, «بس» after a colon`, () => {
  const body = (text: string): string => `مرحبا ليلى،\n\n${text}\n\nمع خالص التحية،\nنور`;
  const actuals = (text: string): string[] => only(id, body(text)).map((m) => m.actual.trim());

  it('reports the vague words in a step that opens with «فعّل»', () => {
    expect(actuals('الأمر سهل: فعّل ذلك الخيار من هناك، ثم صدّر الملف بالطريقة المعتادة.')).toEqual(['ذلك الخيار', 'من هناك', 'بالطريقة المعتادة']);
    // «فعل» with no thing after it is as often "did": no step, nothing to report.
    expect(report(id, body('فعل الفريق كل ما بوسعه من هناك لإصلاح الخلل.'))).toEqual([]);
  });

  it('reports «من تما» and «الأوراق المعتادة» in a Maghrebi step, and «بس» opening the step after a colon', () => {
    expect(actuals('ساهلة: عمّر الاستمارة، وصيفط الوراق العاديين من تما.')).toEqual(['الوراق العاديين', 'من تما']);
    expect(actuals('الحل سهل: بس فعّل الخيار من الإعدادات يلي حكينا عنها.')).toEqual(['بس']);
    // After a comma «بس» is "but".
    expect(report(id, body('جرّب الآن من التطبيق، بس إذا ما اشتغل راسلنا.'))).toEqual([]);
  });
});

describe(`${id} in Arabic: where to find something, said as what the customer will find`, () => {
  const body = (text: string): string => `مرحبا ليلى،\n\n${text}\n\nمع خالص التحية،\nنور`;

  it('reads «وستجدينها في البوابة تحت القسم إياه» as directions, with its vague word reported', () => {
    expect(only(id, body('النتائج جاهزة، وستجدينها في البوابة تحت القسم إياه.')).map((m) => m.actual)).toEqual(['القسم إياه']);
    expect(only(id, body('هتلاقيه في الإعدادات تحت ذلك الخيار.')).map((m) => m.actual)).toEqual(['ذلك الخيار']);
    // Named places are exact.
    expect(report(id, body('ستجدين النتائج في البوابة تحت قسم «التحاليل».'))).toEqual([]);
  });
});

describe(`${id} in Arabic: other words for the same vagueness (ar-batch-6)`, () => {
  const email = (text: string): string[] => only(id, `مرحبا حازم،\n\n${text}\n\nتحياتي،\nعمرو`).map((m) => m.actual);

  it('counts steps chained with the spoken «وبعد كده» and their spoken verbs', () => {
    const steps = 'اقفل الراوتر من الزرار وبعد كده شيل سلك الكهربا وبعد كده استنى دقيقتين وبعد كده افتح صفحة الراوتر من الموبايل.';
    expect(only(id, `مرحبا حازم،\n\n${steps}\n\nتحياتي،\nعمرو`).map((m) => m.reason)).toEqual(['4 خطوات في جملة واحدة؛ القائمة المرقّمة أسهل في الاتباع']);
  });

  it('reports "the same one you did before", spoken «كل اللي عليكي», and jargon a customer does not know', () => {
    expect(email('كرمال نثبّت الموعد، بس عبّي نفس الورقة اللي عبيتيها السنة الماضية.')).toEqual(['نفس الورقة اللي']);
    expect(email('كل اللي عليكي تعملي شكوى من الأبلكيشن.')).toEqual(['كل اللي عليكي']);
    // «DDP» right after «Incoterms» reads as the name's second word ("Angular CLI"): one report for the pair.
    expect(email('يرجى إرسال الـ HS Code لكل بند وفاتورة بشروط Incoterms DDP.')).toEqual(['HS Code', 'Incoterms']);
  });
});

describe(`${id} in Arabic: steps crammed means steps chained`, () => {
  it('leaves exact steps listed with commas and «و», with no more than one «ثم»', () => {
    expect(report(id, reply('لإضافة عضو للفريق: افتح «الإعدادات» ← «الفريق» واضغط «دعوة عضو»، ثم اكتب بريده الإلكتروني واختر الصلاحية «محرر».'))).toEqual([]);
    expect(report(id, reply('تقدر تطلب الكشف من الأبلكيشن: ادخل على «الحسابات»، اختار الحساب الجاري، ودوس «طلب كشف حساب»، وحدد الفترة واللغة.'))).toEqual([]);
  });

  it('still reports four steps chained by «ثم»', () => {
    expect(only(id, reply('افتح التطبيق ثم اختر الإعدادات ثم انقر على «الحساب» ثم سجل الخروج.')).map((m) => m.reason)).toEqual(['4 خطوات في جملة واحدة؛ القائمة المرقّمة أسهل في الاتباع']);
  });
});

describe(`${id} in Arabic: still other words (ar-batch-7)`, () => {
  const email = (text: string): string[] => only(id, `مرحبا سيف،\n\n${text}\n\nتحياتي،\nحمدان`).map((m) => m.actual);

  it('reports "as you did the first time", "as always" and a Maghrebi pointer', () => {
    expect(email('دخّل الكود في الشاشة الثانية، وكمّل مثل ما سويت أول مرة.')).toEqual(['مثل ما سويت أول مرة']);
    expect(email('كليكي على هاديك الأيقونة الصفرا اللي فالجنب، ومن بعد كمّلي بحال ديما.')).toEqual(['هاديك الأيقونة', 'بحال ديما']);
  });

  it('reads «زوّدنا بالـ …» and the Gulf «سوّ» as steps, so their jargon is reported', () => {
    expect(email('زوّدنا بالـ TxHash للمعاملة.')).toEqual(['TxHash']);
    expect(email('سوّ relearn لحساسات الـ TPMS عن طريق الـ OBD-II.')).toEqual(['TPMS', 'OBD-II']);
  });
});

describe(`${id} in Arabic: a path of screens named in quotes, and ease claimed in a reminder`, () => {
  it('leaves steps that each name their screen, and still reports a chain of bare steps', () => {
    expect(report(id, 'ادخل إلى «إعلاناتي»، واختر الإعلان، ثم اضغط «التقييمات» ثم «أضف رداً».', { channel: 'social' })).toEqual([]);
    expect(report(id, 'افتح التطبيق، ثم اختر الحساب، ثم اضغط على الزر، ثم أكّد.', { channel: 'social' })).toEqual([
      '1:1-1:57 no-unclear-instructions "افتح التطبيق، ثم اختر الحساب، ثم اضغط على الزر، ثم أكّد." → "1. افتح التطبيق.\\n2. اختر الحساب.\\n3. اضغط على الزر.\\n4. أكّد."',
    ]);
  });

  it('leaves ease claimed inside a reminder (the lecture is the negative rule\'s), and still reports it alone', () => {
    expect(report(id, 'نودّ أن نذكّرك بأن التمديد متاح من التطبيق بضغطة واحدة.', { channel: 'social' })).toEqual([]);
    expect(report(id, 'التمديد متاح من التطبيق بضغطة واحدة.', { channel: 'social' })).toEqual(['1:25-1:36 no-unclear-instructions "بضغطة واحدة"']);
  });
});

describe(`${id} in Arabic: "as you did last time" with its verb`, () => {
  it('reports «زي ما عملتي المرة اللي فاتت»', () => {
    // «بس» before the doubled imperative «غيّري» is the step made light of too, as "Just change …" is in English.
    expect(report(id, 'بس غيّري الخطة من الإعدادات زي ما عملتي المرة اللي فاتت.', { channel: 'social' })).toEqual([
      '1:1-1:3 no-unclear-instructions "بس"',
      '1:29-1:56 no-unclear-instructions "زي ما عملتي المرة اللي فاتت"',
    ]);
  });
});

describe(`${id} in Arabic: a spoken condition answered without a comma`, () => {
  it('reads the step that answers a condition with no comma before it', () => {
    // «بس» opening the answer: "if the screen freezes, just restart the system".
    expect(social('إذا الشاشة علّقت بس سوّ ريستارت للنظام.')).toEqual(['1:18-1:20 no-unclear-instructions "بس"']);
    // A thing pointed at in the answer: "if it doesn't work, go to that page".
    expect(social('إذا ما اشتغل روح للصفحة إياها.')).toEqual(['1:18-1:30 no-unclear-instructions "للصفحة إياها"']);
  });

  it('leaves what the condition itself names, and «بس» that does not open a step', () => {
    // "If you can't find that option, message us": the vague words are the customer's case, not a step.
    expect(social('إذا ما لقيت الخيار إياه راسلنا.')).toEqual([]);
    // "If it only takes a minute …": «بس» inside the condition, with no imperative after it.
    expect(social('إذا بس تبي تغيّر الموعد راسلنا على الخاص.')).toEqual([]);
  });
});

describe(`${id} in Arabic: doubled imperatives with an object, and «بس» after ease`, () => {
  it('reads «بس» before a doubled imperative with its object as a step made light of', () => {
    expect(social('بس فكّي الكاسيت من البراكيت.')).toEqual(['1:1-1:3 no-unclear-instructions "بس"']);
    // After a comma «بس» is "but", unless the clause before called the thing easy: "changing it is easy, just edit it …".
    expect(social('تغيير العنوان سهل، بس عدّليه من التطبيق قبل لا يطلع الطلب للشحن.')).toEqual(['1:20-1:22 no-unclear-instructions "بس"']);
    expect(social('وصلنا طلبك، بس افتح التطبيق لتتابعه.')).toEqual([]);
    expect(social('وصلنا طلبك، بس عدّليه من التطبيق قبل الشحن.')).toEqual([]);
  });

  it('takes the doubled imperative with an object for a step, so the reply has its next step', () => {
    const steps = (text: string): string[] => report('require-next-step', text, { channel: 'email' });
    expect(steps('تغيير العنوان ممكن، عدّليه من التطبيق قبل الشحن.')).toEqual([]);
    expect(steps('شغّلها من الإعدادات.')).toEqual([]);
  });

  it('takes an imperative after «بس» inside a sentence for a step, and leaves «بس» before a statement', () => {
    const chat = (text: string): string[] => report('require-next-step', text, { channel: 'chat' });
    expect(chat('معلش على اللخبطة في المواعيد بس غيّري الميعاد من التطبيق.')).toEqual([]);
    expect(chat('معلش على اللخبطة في المواعيد بس الموضوع مش بإيدنا.')).toEqual(['1:1-1:51 require-next-step "معلش على اللخبطة في المواعيد بس الموضوع مش بإيدنا."']);
  });
});

describe(`${id} in Arabic: a spoken "that" pointing at a thing the reply never names`, () => {
  it('reports a spoken demonstrative beside any thing, before it or after it', () => {
    expect(social('روح للشبّاك، قدّم داك الورق وهوما يكمّلو معاك.')).toEqual(['1:19-1:28 no-unclear-instructions "داك الورق"']);
    expect(social('شوفي، رشّي البودرة وخلّي الشي ذاك مقفول يومين.')).toEqual(['1:26-1:34 no-unclear-instructions "الشي ذاك"']);
  });

  it('leaves a time it points at, and the written «تلك» beside what the text has named', () => {
    expect(social('تعال ذاك اليوم الصبح للفرع.')).toEqual([]);
    expect(social('اتبع تلك الخطوات بالترتيب.')).toEqual([]);
  });
});

describe(`${id} in Arabic: "just" with «ف» on it, and the Maghrebi «غير» in a reply of no other step`, () => {
  it('reads «فبس» as "so just", never "but", after a comma', () => {
    expect(social('المشكلة من التداخل مع شبكات الجيران، فبس غيّر القناة من إعدادات الراوتر.')).toEqual(['1:39-1:41 no-unclear-instructions "بس"']);
    // Without «ف», after a comma, «بس» is still "but".
    expect(social('وصلنا طلبك، بس افتح التطبيق لتتابعه.')).toEqual([]);
  });

  it('reads «غير دخل» when it is the only step of the reply', () => {
    expect(social('غير دخل للتطبيق وفعّلها من تما.')).toEqual(['1:1-1:8 no-unclear-instructions "غير دخل"']);
    // «غير» as "not" or "other" instructs nothing.
    expect(social('هذا غير صحيح، الباقة مفعّلة.')).toEqual([]);
  });
});

describe(`${id} in Arabic: "you just need to …"`, () => {
  it('reads «بس» after a word of need, before the customer\'s verb, as a step made light of', () => {
    expect(social('تحتاج بس تفعّلها من الإعدادات.')).toEqual(['1:7-1:9 no-unclear-instructions "بس"']);
    expect(social('لازم بس تعبّي الفورم من التطبيق.')).toEqual(['1:6-1:8 no-unclear-instructions "بس"']);
  });

  it('leaves "you only need your ID" and "you just need to wait"', () => {
    expect(social('تحتاج بس الهوية.')).toEqual([]);
    expect(social('تحتاج بس تنتظر يومين والمبلغ يرجع.')).toEqual([]);
  });
});
