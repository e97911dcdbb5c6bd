import { describe, expect, it } from 'vitest';
import { only, report } from '../../test/helpers.js';
import { readReply } from '../lint.js';

const id = 'require-next-step';
const reply = (body: string): string => `مرحبا ليلى،\n\n${body}\n\nمع خالص التحية،\nنور`;

describe(`${id} in Arabic`, () => {
  it('reports a bare apology, in Arabic', () => {
    const [message] = only(id, reply('نحن آسفون جدًا لأن طلبك تأخر.'));
    expect(message!.actual).toBe('نحن آسفون جدًا لأن طلبك تأخر.');
    expect(message!.reason).toContain('لا تتبع هذا الاعتذارَ خطوةٌ تالية');
    expect(message!.note).toContain('«خدمة العملاء 101»');
  });

  it('says sympathy, not apology, when the sentence only sympathises', () => {
    expect(only(id, reply('نحن نعلم أن هذا الأمر مزعج.'))[0]!.reason).toContain('لا تتبع هذا التعاطفَ خطوةٌ تالية');
  });

  const invalid = [
    'نحن آسفون جدًا لأن طلبك تأخر.',
    'نعتذر عن التأخير في شحن طلبك.',
    'أعتذر لأن الطرد وصل تالفًا.',
    'يؤسفني أن تجربتك لم تكن جيدة.',
    'نأسف لسماع أن الخدمة كانت بطيئة.',
    'اطلعت على رسالتك بخصوص الاسترداد.',
    'تلقينا رسالتك حول الفاتورة.',
    'طلبك رقم 4512 مسجل لدينا.',
    'نحن على علم بالمشكلة في صفحة الدفع.',
    'عذرًا على الخلل في التطبيق.',
    'نحن نعلم أن هذا الأمر مزعج.',
    // «سارًا», «ساعة», «سابقًا» open like «سأ…», the writer's future, once letter forms are folded: they promise nothing.
    'نعتذر عن تغيير السعر. نعلم أنه ليس خبرًا سارًا.',
    'نأسف لأن الموقع توقف منذ ساعة.',
    'نعتذر عن الخطأ الذي ذكرته سابقًا.',
    // A promise with nothing firm in it.
    'نعتذر عن تأخر طلبك. سنبذل قصارى جهدنا لمساعدتك.',
    'نأسف لما حدث. سأحاول مساعدتك.',
  ];
  it.each(invalid)('reports %j', (body) => {
    expect(report(id, reply(body))).toHaveLength(1);
  });

  const valid = [
    'نعتذر عن التأخير. لقد أرسلنا طلبك اليوم.',
    'أنا آسف لذلك. قمت بإعادة المبلغ إلى بطاقتك.',
    'نأسف لهذا الخطأ، وقد تم استرداد المبلغ بالكامل.',
    'سأتحقق من حالة الشحنة وأعود إليك غدًا.',
    'سنرسل لك بديلًا خلال يومي عمل.',
    'ستتلقى رسالة تأكيد خلال ساعة.',
    'يرجى إرسال صورة للمنتج التالف.',
    'افتح الإعدادات ثم اختر الحساب.',
    'هل يمكنك إرسال رقم الطلب؟',
    'من المتوقع أن يصل طلبك يوم الخميس.',
    'سوف نتواصل معك فور وصول المنتج.',
    'يمكنني استبدال المنتج أو رد المبلغ، أيهما تفضل.',
    'جارٍ مراجعة طلبك الآن.',
    // The same promise with a time, or another promise beside it.
    'نعتذر عن التأخير. سنبذل قصارى جهدنا لتوصيل طلبك غدًا.',
    'نعتذر عن التأخير. سنبذل قصارى جهدنا وسنرسل لك بديلًا.',
    // What the company will not do again is its commitment too.
    'نعتذر عن الخصم المكرر. لن يتم خصم المبلغ مرة أخرى.',
  ];
  it.each(valid)('leaves %j alone', (body) => {
    expect(report(id, reply(body))).toEqual([]);
  });

  it('reads «سامحنا» as an apology, not the writer\'s future, and a way or a spoken promise after it as the next step', () => {
    // «سامحنا» opens like «سأ…» once letter forms are folded: it asks forgiveness and promises nothing.
    expect(report(id, 'سامحنا على التأخير يا غالي.', { channel: 'social' })).toEqual(['1:1-1:28 require-next-step "سامحنا على التأخير يا غالي."']);
    // The order on its way to the customer, and a spoken promise with «ـك» on its verb, are next steps.
    expect(report(id, 'نعتذر عن التأخير، الطلب في الطريق إليك.', { channel: 'social' })).toEqual([]);
    expect(report(id, 'حقك علينا، وبنعوضك بكوبون خصم.', { channel: 'social' })).toEqual([]);
    // «بناسبك» (it suits you) is no promise.
    expect(readReply('أي وقت بناسبك؟', { language: 'ar', channel: 'social' }).sentences[0]!.reading.acts).not.toContain('commitment');
  });

  it('leaves a chat reply alone unless it is a bare apology', () => {
    expect(report(id, 'طلبك رقم 4512 مسجل لدينا.', { channel: 'chat' })).toEqual([]);
    expect(report(id, 'نعتذر عن التأخير في شحن طلبك.', { channel: 'chat' })).toHaveLength(1);
  });
});

describe(`${id} in Arabic: an offer of more help asked is no next step; the spoken apology; «عدّلي» opens a step`, () => {
  it('reports an apology followed only by «هل هناك أي شيء آخر يمكنني مساعدتك فيه؟» or its Maghrebi form', () => {
    expect(report(id, 'أهلاً بك، معك يوسف من فريق الدعم.\nأعتذر عن الإزعاج الذي سببه لك تعطل التطبيق صباح اليوم.\nهل هناك أي شيء آخر يمكنني مساعدتك فيه؟', { channel: 'chat', language: 'ar' })).toEqual([
      '2:1-2:55 require-next-step "أعتذر عن الإزعاج الذي سببه لك تعطل التطبيق صباح اليوم."',
    ]);
    expect(report(id, 'السلام عليكم، معاك أمين.\nسمحي لينا بزاف على انقطاع الضو هاد الصباح.\nواش كاين شي حاجة أخرى نقدر نعاونك فيها؟', { channel: 'chat', language: 'ar' })).toEqual([
      '2:1-2:43 require-next-step "سمحي لينا بزاف على انقطاع الضو هاد الصباح."',
    ]);
  });

  it('leaves an offer of a concrete action, and a step opened by «عدّلي» after a purpose', () => {
    expect(report(id, 'أعتذر عن الإزعاج. يمكنني مساعدتك في استرداد المبلغ الآن، هل توافق؟', { channel: 'chat', language: 'ar' })).toEqual([]);
    expect(report(id, 'مرحبًا أم ريان،\n\nلحل المشكلة، عدّلي إعدادات النطاق من لوحة التحكم.\n\nتحياتي،\nفريق الدعم', { language: 'ar' })).toEqual([]);
  });
});

describe('require-next-step in Arabic: the Maghrebi «ساهل» (easy) is no promise', () => {
  it('reports the apology and sympathy with nothing after them, and reads «ساهل» as a word, not «سأ…» (I will)', () => {
    const text = '@karima سمحي لينا بزاف على هاد الإزعاج فالحجز ديالك، كنفهموك مزيان وكنعرفو بلي هادشي ماشي ساهل 🙏';
    expect(only('require-next-step', text, { channel: 'social' })).toHaveLength(1);
    expect(only('require-next-step', '@karima سمحي لينا على الإزعاج، سأرسل لك رابط الحجز الجديد الآن.', { channel: 'social' })).toEqual([]);
  });
});

describe(`${id} in Arabic: sympathy in other words, and what moves the case said otherwise (ar-batch-6)`, () => {
  const social = (text: string): string[] => only(id, text, { channel: 'social', language: 'ar' }).map((m) => m.actual);

  it('reports sympathy that names the customer\'s feeling, or their right to it, with nothing behind it', () => {
    expect(social('@faris نقدّر انزعاجك من طول الانتظار في مركز الخدمة اليوم.')).toEqual(['نقدّر انزعاجك من طول الانتظار في مركز الخدمة اليوم.']);
    expect(social('@rami يا عيني عليك يا رامي، معك حق تكون معصّب، يومين بلا خط مش شي بسيط أبدًا 😔')).toEqual(['يا عيني عليك يا رامي، معك حق تكون معصّب، يومين بلا خط مش شي بسيط أبدًا 😔']);
  });

  it('leaves the same sympathy with the work in hand beside it, and thanks for praise', () => {
    expect(social('@nour عارفين قديش مزعج انقطاع الخدمة، فريقنا شغّال عليها هلق.')).toEqual([]);
    expect(social('@nour نقدّر كلماتك الجميلة، شكرًا لك!')).toEqual([]);
  });

  it('reads a date that was due as past, not as what comes next', () => {
    const text = reply('نشكرك على رسالتك بخصوص تأخر تسليم وحدتك، والتي كان موعد تسليمها المقرر في الربع الأول.\n\nنعي جيدًا ما يعنيه هذا التأخر لك.');
    expect(only(id, text).map((m) => m.actual)).toEqual(['نعي جيدًا ما يعنيه هذا التأخر لك.']);
  });
});

describe(`${id} in Arabic: still other words (ar-batch-7)`, () => {
  const social = (text: string): string[] => only(id, text, { channel: 'social', language: 'ar' }).map((m) => m.actual);

  it('reads apologies and sympathy in Iraqi, Egyptian, Maghrebi and Gulf words, and reports them bare', () => {
    expect(social('@ali والله نتأسف هواية، أدري شكد يحرگ الگلب تخسر المباراة بآخر دقيقة.')).toHaveLength(1);
    expect(social('@nermin إحنا مكسوفين منك جدًا إن العرض اتأخر ساعة 😔')).toHaveLength(1);
    expect(social('@yasmine سامحينا أختي ياسمين 🙏 نعرفو بلي الضغط على المنصة يفقّص.')).toHaveLength(1);
  });

  it('does not read «ساعتين» or «يا ساتر» as "I will", nor «أعيدي» as understanding', () => {
    expect(social('@fahad مؤسفٌ أن يتحول يوم المباراة إلى ساعتين من الطوابير أمام البوابة 7.')).toHaveLength(1);
    expect(social('@lina نعتذر عن احتساب الرحلة بعد أن تركتِ السكوتر. أعيدي ركنه في المكان الصحيح وأنهي الرحلة من التطبيق.')).toEqual([]);
  });

  it('reads the writers\' deeds and futures in Gulf and Sudanese words as next steps', () => {
    expect(social('@umhamad آسفين إن الصراصير رجعت. حجزت لج فني يوم الإثنين بين 9 و11 الصبح.')).toEqual([]);
    expect(social('@taib آسفين على التأخير، عربية النقل حتتحرك يوم الخميس وتصلك الأحد.')).toEqual([]);
  });
});

describe(`${id} in Arabic: reading a message is no deed, and «مع كل المحبة» signs off`, () => {
  it('reports an email of sympathy that only says the message was read', () => {
    const text = 'مرحبا مدام كارلا،\n\nقرينا رسالتك وعنجد وجعتلنا قلبنا.\n\nمنتمنّالكن حياة مليانة فرح سوا.\n\nمع كل المحبة،\nإدارة القصر';
    expect(only(id, text).map((m) => m.actual)).toEqual(['قرينا رسالتك وعنجد وجعتلنا قلبنا.']);
  });
});

describe(`${id} in Arabic: «عادةً» without a time, and «أعِد» with what is done again`, () => {
  it('reads «والاحمرار عادةً يجي من …» as an explanation, and «فقط أعد ضبط …» as a step', () => {
    expect(report(id, reply('نتأسف لما حدث. هذا الشي يصير أحياناً، والاحمرار عادةً يجي من احتكاك الطوق.'))).toEqual(['3:1-3:15 require-next-step "نتأسف لما حدث."']);
    expect(report(id, reply('نتأسف لما حدث. الحل بسيط: فقط أعد ضبط شريحة الخرطوشة.'))).toEqual([]);
    expect(readReply('يصل الطلب عادةً خلال ثلاثة أيام.', { channel: 'social', language: 'ar' }).sentences[0]!.reading.acts).toContain('next-info');
  });
});

describe(`${id} in Arabic: sympathy and apology that only look like steps, and steps that looked like nothing`, () => {
  it('reads «حقّك علينا»، «أُلغي»، «الرد عليك»، «ما عم تقدر» as no step, and reports the apology with nothing after it', () => {
    expect(report(id, reply('نأسف لما حدث. حقّك علينا، ما كان لازم يطلع الفستان هيك من عنّا.'))).toEqual(['3:1-3:14 require-next-step "نأسف لما حدث."']);
    expect(report(id, reply('نأسف لأن موعد المراجعة أُلغي مرتين، ولأن طريقة الرد عليك لم تكن بالمستوى.'))).toEqual([
      '3:1-3:74 require-next-step "نأسف لأن موعد المراجعة أُلغي مرتين، ولأن طريقة الرد عليك لم تكن بالمستوى."',
    ]);
    expect(report(id, reply('منعرف قدّيش كانت ليلة صعبة وهيّ ما عم تقدر تتحرّك.'))).toEqual(['3:1-3:51 require-next-step "منعرف قدّيش كانت ليلة صعبة وهيّ ما عم تقدر تتحرّك."']);
    // The door alone moves nothing; something to send does.
    expect(report(id, reply('نعتذر عن العطل. وكل ما احتجت شي، ابعتلنا.'))).toEqual(['3:1-3:16 require-next-step "نعتذر عن العطل."']);
    expect(report(id, reply('نعتذر عن التسريب. لو الميه لسه بتخر بعد كده ابعتلي فيديو.'))).toEqual([]);
  });

  it('reads «كلّمنا السوّاق»، «اللي بدنا إياه منك»، «اللي نگدر نسويه» as what moves the case', () => {
    expect(report(id, reply('نعتذر عن التأخير. كلّمنا السوّاق الصباح.'))).toEqual([]);
    expect(report(id, reply('نعتذر عن الخطأ. اللي بدنا إياه منك هسّا: صورة عن الهوية.'))).toEqual([]);
    expect(report(id, reply('نعتذر عن الإلغاء. اللي نگدر نسويه: ننقل العربون لأي تاريخ ثاني.'))).toEqual([]);
  });
});

describe(`${id} in Arabic: how things go, the cause, and a state the case is now in`, () => {
  it('reads «يحدث أحيانًا» and «سبب العطل …» as explanation, and «أصبحت فعّالة» as something done', () => {
    expect(report(id, reply('أعتذر لك عن ظهور المبلغ مرتين. هذا الخصم المزدوج يحدث أحيانًا حين ينقطع الاتصال لحظة تأكيد الدفع.'))).toEqual([
      '3:1-3:31 require-next-step "أعتذر لك عن ظهور المبلغ مرتين."',
    ]);
    expect(report(id, reply('نعتذر عن توقف المصعد. سبب العطل انقطاع التيار عن الحي مساء الخميس 2 مايو.'))).toEqual(['3:1-3:22 require-next-step "نعتذر عن توقف المصعد."']);
    expect(report(id, reply('وصلتنا الورقة الناقصة. بطاقتك أصبحت فعّالة منذ صباح اليوم.'))).toEqual([]);
    expect(report(id, reply('نأسف لما حدث. وكي تحبي تعرفي كاش حاجة زايدة، ابعثيلنا.'))).toEqual(['3:1-3:14 require-next-step "نأسف لما حدث."']);
  });
});
