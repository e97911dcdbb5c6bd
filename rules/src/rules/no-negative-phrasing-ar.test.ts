import { describe, expect, it } from 'vitest';
import { fixed, only, report } from '../../test/helpers.js';

const id = 'no-negative-phrasing';
const reply = (body: string): string => `مرحبا ليلى،\n\n${body}\n\nمع خالص التحية،\nنور`;

describe(`${id} in Arabic`, () => {
  it('rewrites Customer Service 101\'s example: "عليك التحقق من رقم طلبك" → "دعنا نتحقق من رقم طلبك"', () => {
    expect(fixed(id, reply('عليك التحقق من رقم طلبك.'))).toBe(reply('دعنا نتحقق من رقم طلبك.'));
    expect(fixed(id, reply('يجب عليك إعادة تشغيل التطبيق.'))).toBe(reply('يُرجى إعادة تشغيل التطبيق.'));
  });

  it('messages are in Arabic', () => {
    expect(only(id, reply('يجب عليك إعادة تشغيل التطبيق.'))[0]!.reason).toContain('تُلقي العبء على العميل');
  });

  it('matches with diacritics, tatweel and other letter forms, and the range covers them exactly', () => {
    const text = reply('يَجِبُ عَلَيْكَ إرسال الصورة. يجـب عليك الانتظار.');
    const actual = only(id, text).map((m) => m.actual);
    expect(actual).toEqual(['يَجِبُ عَلَيْكَ', 'يجـب عليك']);
    for (const m of only(id, text)) expect(text.slice(m.place.start.offset!, m.place.end.offset!)).toBe(m.actual);
  });

  it('deletes "للأسف،" and keeps the sentence', () => {
    expect(fixed(id, reply('للأسف، نفد المنتج من المخزون.'))).toBe(reply('نفد المنتج من المخزون.'));
  });

  const invalid: Array<[string, string]> = [
    ['يجب عليك إرسال رقم الطلب.', 'يجب عليك'],
    ['يتوجب عليك تحديث التطبيق.', 'يتوجب عليك'],
    ['عليك أن تنتظر حتى الغد.', 'عليك أن'],
    ['أريدك أن ترسل لنا صورة.', 'أريدك أن'],
    ['لا يمكنني استرداد المبلغ.', 'لا يمكنني'],
    ['ولا نستطيع تغيير العنوان الآن.', 'نستطيع'],
    ['هذا غير ممكن مع خطتك.', 'غير ممكن'],
    ['لقد نسيت إدخال رمز الخصم.', 'لقد نسيت'],
    ['كما ذكرت سابقا، رقم التتبع في بريدك.', 'كما ذكرت سابقا'],
    ['هذا مخالف لسياستنا.', 'مخالف لسياستنا'],
    ['اهدأ من فضلك.', 'اهدأ'],
    ['لازم ترسل الفاتورة قبل الغد.', 'لازم'],
    ['لا بد أن تنتظر حتى يصل الطرد.', 'لا بد أن'],
    ['أي مخالفة جديدة ستؤدي إلى إيقاف حسابك نهائيًا.', 'إيقاف حسابك'],
    ['نشر الروابط قد يؤدي إلى حظرك من المنتدى.', 'حظرك'],
    ['إذا تكرر ذلك سيتم تعليق حسابك.', 'تعليق حسابك'],
  ];
  it.each(invalid)('reports %j', (text, actual) => {
    expect(report(id, reply(text)).some((l) => l.includes(actual))).toBe(true);
  });

  const valid = [
    'يُرجى إرسال رقم الطلب.',
    'دعنا نتحقق من رقم طلبك.',
    'لن يتم خصم أي مبلغ منك مرة أخرى.',
    'لا داعي لإعادة المنتج.',
    'هل يجب عليك تغيير العنوان؟',
    'إذا كان عليك الانتظار، سنرسل لك رسالة.',
    'لا يمكننا الانتظار لرؤية ما ستصنعه!',
    'يمكنني إرسال بديل اليوم.',
    'السلام عليكم، شكرا لتواصلك.',
    'قال العميل: "يجب عليك إصلاح هذا"، وقد أصلحناه.',
    'ما يمكنني فعله هو إرسال بديل اليوم.',
    'ليس لازمًا أن ترسل الصور.',
    // What a customer who asked to leave is told.
    'كما طلبت، سيتم حذف حسابك خلال 30 يومًا.',
    'يمكنك إيقاف حسابك مؤقتًا من الإعدادات.',
  ];
  it.each(valid)('leaves %j alone', (text) => {
    expect(report(id, reply(text))).toEqual([]);
  });
});

describe(`${id} in Arabic: a spoken or offer "can't", and "all that we can"`, () => {
  const cant = (phrase: string) => ({ actual: phrase, reason: `«${phrase}» يخبر العميل بما لا يمكنك فعله؛ ابدأ بما يمكنك فعله`, expected: [] as string[] });
  const reported = (text: string) => only(id, text).map((m) => ({ actual: m.actual, reason: m.reason, expected: m.expected ?? [] }));

  it('reports a spoken "we can\'t" with its message and no rewrite to offer', () => {
    const text = reply('ما نقدر نرجع المبلغ بعد تسعين يوما.');
    expect(reported(text)).toEqual([cant('ما نقدر')]);
    const [m] = only(id, text);
    expect(text.slice(m!.place.start.offset!, m!.place.end.offset!)).toBe('ما نقدر');
  });

  it('reports it when "all" comes earlier in the sentence but not right before it', () => {
    expect(reported(reply('نعمل بكل جد، لكن ما نقدر نرجع المبلغ.'))).toEqual([cant('ما نقدر')]);
  });

  it.each([
    // In the present, with no future to read a promise from: only "all" before the phrase keeps it from a report.
    ['نبذل كل ما نستطيع لحل المشكلة.'],
    ['كل ما نستطيع نبذله لحل المشكلة.'],
    ['نبذل كل  ما نستطيع لحل المشكلة.'],
    ['نساعدك قدر ما نستطيع.'],
    ['نعمل بكل ما نقدر عليه.'],
  ])('leaves "all that we can", a promise: %s', (body) => {
    expect(reported(reply(body))).toEqual([]);
  });
});

describe(`${id} in Arabic: limits said of the thing, terms held up, reminders counted, sanctions in spoken futures`, () => {
  it('reports them', () => {
    expect(report(id, reply('لا يمكن تعديل تاريخ الميلاد عن طريق البوابة.'))).toEqual(['3:1-3:8 no-negative-phrasing "لا يمكن"']);
    expect(report(id, reply('هذا مخالف لشروط الاستخدام.'))).toEqual(['3:5-3:16 no-negative-phrasing "مخالف لشروط"']);
    expect(report(id, reply('هذه ثالث مرة نذكرك بالفاتورة.'))).toEqual(['3:5-3:13 no-negative-phrasing "ثالث مرة"']);
    expect(report(id, reply('سيتم قطع الخدمة إذا لم يتم السداد قبل 10 أبريل.'))).toEqual(['3:6-3:9 no-negative-phrasing "قطع"']);
    expect(report(id, reply('راح يتم إيقاف الخط إذا ما دفعت الفاتورة.'))).toEqual(['3:9-3:14 no-negative-phrasing "إيقاف"']);
    // Closing the request is no way forward.
    expect(report(id, reply('لا يمكننا رد أي مبلغ. وقد تم إغلاق طلب الاسترداد.'))).toEqual(['3:1-3:10 no-negative-phrasing "لا يمكننا"']);
  });

  it('leaves a reassurance, and an apology for a third time with a deed beside it', () => {
    expect(report(id, reply('لا يمكن أن يتكرر ذلك معك.'))).toEqual([]);
    expect(report(id, reply('نعتذر لحدوث ذلك للمرة الثالثة، وقد عوضناك عن الرحلة.'))).toEqual([]);
  });

  it('reads «هل لديك استفسار آخر؟» as the door left open, no way forward after a no', () => {
    const text = 'مرحبًا بك في المحادثة المباشرة، معك منى.\nنعتذر منك، لا يمكن تعديل تاريخ الميلاد عن طريق المحادثة.\nهل لديك استفسار آخر؟';
    expect(report(id, text, { channel: 'chat', language: 'ar' })).toEqual(['2:12-2:19 no-negative-phrasing "لا يمكن"']);
  });
});

describe('no-negative-phrasing in Arabic: a sanction as a verb with its own future, and the fault put on the customer', () => {
  const body = (text: string): string => `مرحبا كريم،\n\n${text}\n\nتحياتي،\nمروان`;
  const actuals = (text: string): string[] => only('no-negative-phrasing', body(text)).map((m) => m.actual);

  it('reports the Egyptian «هيتقفل» in a condition on what the customer does, and not the same verb with no condition', () => {
    expect(actuals('وخلّي بالك: لو اتكررت المخالفة تاني، الحساب هيتقفل نهائيًا.')).toEqual(['هيتقفل']);
    expect(actuals('الخط القديم هيتقفل بكرة الساعة 9، والجديد شغال من دلوقتي.')).toEqual([]);
  });

  it('reports «سوء فهم من جهتك» and «الخطأ من طرفك»', () => {
    expect(actuals('موظفونا ملتزمون باللباقة، وربما حدث سوء فهم من جهتك.')).toEqual(['سوء فهم من جهتك']);
    expect(actuals('راجعنا الطلب، والخطأ من طرفك في كتابة العنوان.')).toEqual(['الخطأ من طرفك']);
  });
});

describe('no-negative-phrasing in Arabic: the same families in other words (ar-batch-6)', () => {
  const body = (text: string): string => `مرحبا كريم،\n\n${text}\n\nتحياتي،\nمروان`;
  const actuals = (text: string): string[] => only('no-negative-phrasing', body(text)).map((m) => m.actual);

  it('reports the customer named as the cause, and leaves them cleared of it', () => {
    expect(actuals('التأخير صار لأن العنوان ناقص، يعني التأخير بسببك أنت.')).toEqual(['بسببك']);
    expect(actuals('الاشتراك هذا انت اللي فعّلته بنفسك من رابط في رسالة.')).toEqual(['انت اللي']);
    expect(actuals('نعتذر، التأخير بسبب الطقس وليس بسببك.')).toEqual([]);
    expect(actuals('القرار لك، انت اللي تقرر إذا كنت تريد الاستبدال. سأرسل لك الرابط.')).toEqual([]);
  });

  it('reports a duty the customer failed, and leaves the writers\' own and what should have happened', () => {
    expect(actuals('كان المفروض تبلغنا قبل موعد الرحلة بيومين.')).toEqual(['كان المفروض']);
    expect(actuals('والمفروض تنتبه قبل ما تضغط على أي رابط.')).toEqual(['المفروض تنتبه']);
    expect(actuals('كان المفروض نرد عليك أمس، نعتذر وقد أرسلنا الرد الآن.')).toEqual([]);
    expect(actuals('كان المفروض يوصلك الطرد أمس، وقد فتحنا بلاغًا لدى شركة الشحن.')).toEqual([]);
  });

  it('reports a lesson for next time, and leaves a tip for next time', () => {
    expect(actuals('المرة الجاية راجع عنوانك قبل ما تأكد الطلب.')).toEqual(['المرة الجاية']);
    expect(actuals('في المرة القادمة يمكنك استخدام التطبيق لتتبع الطلب مباشرة.')).toEqual([]);
  });

  it('reports blame pushed onto someone else, and leaves responsibility taken', () => {
    expect(actuals('تأخر الإقلاع سببه إجراءات سلطات المطار، والمسؤولية تقع عليها وحدها لا على الشركة.')).toEqual(['تقع عليها وحدها', 'لا على الشركة']);
    expect(actuals('هادشي ماشي غلطنا.')).toEqual(['ماشي غلطنا']);
    expect(actuals('المسؤولية تقع على عاتقنا، وسنعوضك بالكامل.')).toEqual([]);
  });

  it('reports the answer said to be repeated, and a sanction with no warning', () => {
    expect(actuals('صرلنا نعيد ونزيد بهالموضوع من أول الشهر.')).toEqual(['نعيد ونزيد']);
    expect(actuals('أي دخول متزامن يُرصد مستقبلًا سيترتب عليه إلغاء اشتراكك فورًا دون إنذار مسبق.')).toEqual(['إلغاء اشتراكك', 'دون إنذار']);
    expect(actuals('نعتذر عن تغيير الموعد دون إنذار مسبق، وقد حجزنا لك موعدًا جديدًا يوم الأحد.')).toEqual([]);
  });

  it('reports a no made absolute, and leaves the same words in an invitation or a reassurance', () => {
    expect(actuals('ما منجمّد العضويات السنوية لأي سبب.')).toEqual(['لأي سبب']);
    expect(actuals('تواصل معنا لأي سبب وسنكون سعداء بمساعدتك.')).toEqual([]);
    expect(actuals('لا تقلق، ما راح ينخصم منك شي لأي سبب.')).toEqual([]);
  });

  it('reads a limit of scope as a limit: answered by a way forward elsewhere in the reply', () => {
    expect(actuals('صرف البديل قرار الصيدلي، ولا تتدخل خدمة العملاء في القرارات الصيدلانية.')).toEqual(['لا تتدخل خدمة العملاء']);
    expect(actuals('صرف البديل قرار الصيدلي، ولا تتدخل خدمة العملاء في ذلك. لكن يمكنك طلب استبدال الدواء من صفحة «طلباتي».')).toEqual([]);
  });
});

describe('no-negative-phrasing in Arabic: still other words (ar-batch-7)', () => {
  const body = (text: string): string => `مرحبا كريم،\n\n${text}\n\nتحياتي،\nمروان`;
  const actuals = (text: string): string[] => only('no-negative-phrasing', body(text)).map((m) => m.actual);

  it('reports blame with a word between, a warning given more than once, "not our problem" and "not us"', () => {
    expect(actuals('يا زول الغلط ده منك إنت، كتبت رقم العداد ناقص.')).toEqual(['الغلط ده منك']);
    expect(actuals('المدرب نبّهك أكتر من مرة إن الركن الموازي عندك ضعيف.')).toEqual(['أكتر من مرة']);
    expect(actuals('والتأخير تاعهم ماشي قضيتنا.')).toEqual(['ماشي قضيتنا']);
    expect(actuals('جربنا أكثر من مرة الاتصال بك دون رد، وسنعاود غدًا.')).toEqual([]);
  });

  it('reports the company not bound, and leaves the customer not bound', () => {
    expect(actuals('والشركة غير ملزمة بالبحث عنها أو تعويضها.')).toEqual(['الشركة غير ملزمة']);
    expect(actuals('الاشتراك غير ملزم ويمكنك إلغاؤه متى شئت.')).toEqual([]);
  });

  it('reads what cannot be undone, and a no made absolute, as limits: answered by a way forward', () => {
    expect(actuals('الحجوزات المؤكدة غير قابلة للإلغاء أو الاسترداد بأي حال.')).toEqual(['غير قابلة للإلغاء', 'بأي حال']);
    expect(actuals('التذكرة غير قابلة للاسترداد، لكن يمكنك تحويلها إلى رصيد في محفظتك.')).toEqual([]);
    expect(actuals('ما منجمّد العضويات لأي سبب، لكن يمكنك نقل العضوية لشخص آخر من التطبيق.')).toEqual([]);
  });

  it('leaves a warning that a step cannot be taken back, and still reports a refusal said the same way', () => {
    // The style guide's own right wording for a destructive action: it protects the customer before they act.
    expect(actuals('لا يمكن التراجع عن هذا الإجراء.')).toEqual([]);
    expect(actuals('لا يمكن إلغاء هذه العملية بعد تأكيدها.')).toEqual([]);
    expect(actuals('لا يمكن استرجاع الملفات بعد حذفها نهائيًا.')).toEqual([]);
    expect(actuals('لا يمكن استرداد المبلغ بعد 30 يومًا.')).toEqual(['لا يمكن']);
    expect(actuals('لا يمكن التراجع عن قرارنا.')).toEqual(['لا يمكن']);
  });
});

describe(`${id} in Arabic: a way forward after «لكن», the terms not broken, the Tunisian no, a rule plain to read, blame in hindsight`, () => {
  it('leaves a no followed in its sentence by what the customer can have, and terms said not to be broken', () => {
    expect(report(id, reply('لا نستطيع حذف تقييم لا يخالف شروط النشر، لكن بإمكانك الرد عليه علناً.'))).toEqual([]);
    expect(report(id, reply('للأسف ما بنقدر ننقل ليان لمجموعة الأحد، لكن في مكان فاضي بمجموعة الثلاثا.'))).toEqual([]);
    // Nothing offered: the same no is reported.
    expect(report(id, reply('للأسف ما بنقدر ننقل ليان لمجموعة الأحد.'))).toEqual(['3:1-3:7 no-negative-phrasing "للأسف " → ""', '3:7-3:15 no-negative-phrasing "ما بنقدر"']);
  });

  it('reports «ما نجموش» with the policy behind it, «يتعذّر قبول الطلب», «بخط واضح», and «كان ممكن تبلغنا»', () => {
    expect(report(id, reply('أما فلوس الإلغاء، ما نجموش نرجعوهم، هاذي سياسة التطبيق.'))).toEqual([
      '3:19-3:27 no-negative-phrasing "ما نجموش"',
      '3:37-3:47 no-negative-phrasing "هاذي سياسة"',
    ]);
    expect(report(id, reply('التجميد يُمنح مرة واحدة في السنة، ولذلك يتعذّر قبول الطلب.'))).toEqual(['3:41-3:52 no-negative-phrasing "يتعذّر قبول"']);
    expect(report(id, reply('التذاكر ما تنرد ولا تتبدل، وهذا مكتوب تحت السعر بخط واضح.'))).toEqual(['3:49-3:57 no-negative-phrasing "بخط واضح"']);
    expect(report(id, reply('كان ممكن تبلغنا بالعدد الجديد قبلها بيومين.'))).toEqual(['3:1-3:9 no-negative-phrasing "كان ممكن"']);
    // What might have happened is no blame.
    expect(report(id, reply('كان ممكن تتأخر الشحنة أكثر لولا تدخل الفريق.'))).toEqual([]);
  });
});

describe(`${id} in Arabic: blame put elsewhere, the terms held up for a no, a rule said to be plain, blame asked`, () => {
  it('reports each, and leaves the terms where they give', () => {
    expect(report(id, reply('هذا التأخير خارج عن مسؤولية مكتبنا.'))).toEqual(['3:13-3:28 no-negative-phrasing "خارج عن مسؤولية"']);
    expect(report(id, reply('حسب الشروط والأحكام المكتوبة ورا التذكرة، أيام الصيانة ما تنعوّض.'))).toEqual(['3:1-3:11 no-negative-phrasing "حسب الشروط"']);
    expect(report(id, reply('حسب الشروط، يحق لك استرداد كامل المبلغ خلال أسبوع.'))).toEqual([]);
    expect(report(id, reply('وهو ما ورد بوضوح في الوثيقة التي وقّعت عليها.'))).toEqual(['3:8-3:17 no-negative-phrasing "ورد بوضوح"']);
    expect(report(id, reply('هو حضرتك مش قريت في كتيّب الضمان إن تغيير الزيت برّه التوكيل بيلغي الضمان؟'))).toEqual(['3:10-3:17 no-negative-phrasing "مش قريت"']);
  });
});
