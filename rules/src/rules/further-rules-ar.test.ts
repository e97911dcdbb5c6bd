import { describe, expect, it } from 'vitest';
import { fixed, only, report } from '../../test/helpers.js';

const reply = (body: string, greeting = 'مرحبا ليلى،', signOff = 'مع خالص التحية،\nنور'): string => `${greeting}\n\n${body}\n\n${signOff}`;

describe('require-thanks in Arabic', () => {
  const id = 'require-thanks';
  it('offers an Arabic thanks before the first sentence', () => {
    const text = reply('لقد أعدت المبلغ إلى بطاقتك. أخبرنا إذا كان لديك أي أسئلة أخرى.');
    expect(only(id, text)[0]!.reason).toContain('لا يشكر الرد العميل');
    expect(fixed(id, text)).toBe(reply('شكرًا لتواصلك معنا. لقد أعدت المبلغ إلى بطاقتك. أخبرنا إذا كان لديك أي أسئلة أخرى.'));
  });

  const invalid = [
    'لقد أعدت المبلغ إلى بطاقتك.',
    'تم شحن طلبك اليوم.',
    'سأتحقق من حالة الطلب وأعود إليك.',
    'يرجى إرسال رقم الطلب.',
    'قمت بتحديث عنوان الشحن.',
    'سنرسل لك بديلًا غدًا.',
    'أفهم أن التأخير مزعج، وقد أرسلنا الطلب اليوم.',
    'نعتذر عن التأخير، وقد تم شحن الطلب.',
    'افتح التطبيق ثم اختر الطلبات.',
    'ستصلك رسالة تأكيد خلال ساعة.',
  ];
  it.each(invalid)('reports %j', (body) => {
    expect(report(id, reply(body))).toHaveLength(1);
  });

  const valid: Array<[string, string?]> = [
    ['شكرًا لتواصلك معنا. لقد أعدت المبلغ إلى بطاقتك.'],
    ['شكرا على صبرك، تم شحن طلبك اليوم.'],
    ['نشكرك على إبلاغنا بالمشكلة. سنصلحها اليوم.'],
    ['أشكرك على رسالتك. سأتحقق من الطلب.'],
    ['نقدر تواصلك معنا. قمت بتحديث العنوان.'],
    ['نحن ممتنون لصبرك. تم إرسال البديل.'],
    ['شكرًا جزيلًا لك! تم شحن الطلب.'],
    ['وشكرا لك على ملاحظتك. سنرسل البديل غدًا.'],
    ['لقد أعدت المبلغ إلى بطاقتك.', 'شكرًا،\nنور'],
    ['تم شحن طلبك اليوم.', 'مع الشكر والتقدير،\nنور'],
  ];
  it.each(valid)('leaves %j alone', (body, signOff) => {
    expect(report(id, reply(body, undefined, signOff))).toEqual([]);
  });
});

describe('no-generic-apology in Arabic', () => {
  const id = 'no-generic-apology';
  it('reports the boilerplate apology, in Arabic', () => {
    const [message] = only(id, reply('نعتذر عن أي إزعاج. لقد أرسلنا طلبك.'));
    expect(message!.actual).toBe('نعتذر عن أي إزعاج');
    expect(message!.reason).toContain('هذا الاعتذار لا يسمّي شيئًا');
  });

  const invalid = [
    'نعتذر عن أي إزعاج. لقد أرسلنا طلبك.',
    'نأسف للإزعاج. تم شحن الطلب.',
    'نعتذر عن الإزعاج الذي سببه لك هذا. سنرسل بديلًا.',
    'أعتذر عن أي مشكلة. قمت بتحديث الحساب.',
    'نعتذر عن أي إزعاج قد يكون تسبب لك. أعدنا المبلغ.',
    'عذرًا على الإزعاج. تم حل المشكلة.',
    'نأسف على أي التباس. التفاصيل الصحيحة أدناه.',
    'أعتذر عن التأخير. سأتحقق الآن.',
    'نعتذر عن أي تأخير. الطلب في الطريق.',
    'آسفون على المتاعب. أضفنا رصيدًا إلى حسابك.',
  ];
  it.each(invalid)('reports %j', (body) => {
    expect(report(id, reply(body))).toHaveLength(1);
  });

  const valid = [
    'أنا آسف جدًا لسماع أن طلبك لم يصل بعد. أرسلت بديلًا اليوم.',
    'نعتذر لأن الطرد وصل تالفًا. سنرسل بديلًا غدًا.',
    'أعتذر عن الخصم المزدوج على بطاقتك؛ أعدت المبلغ الزائد.',
    'يؤسفني أن هذه لم تكن تجربة مثالية بالنسبة لك. قمت بتعويضك.',
    'نعتذر عن أي إزعاج. وأعتذر بشكل خاص لأن الشحنة تأخرت أسبوعًا كاملًا عن موعدها.',
    'نعتذر عن تأخير طلبك رقم 4512 أسبوعًا كاملًا. شحناه اليوم.',
    'لقد أرسلنا طلبك اليوم.',
    'للأسف نفد المنتج، وسنرسل لك بديلًا.',
    'نعتذر عن الإزعاج الذي سببه انقطاع الخدمة صباح اليوم عن كل المستخدمين في منطقتك. عادت الخدمة الآن.',
    'لا داعي للاعتذار، يسعدنا مساعدتك. تم تحديث العنوان.',
  ];
  it.each(valid)('leaves %j alone', (body) => {
    expect(report(id, reply(body))).toEqual([]);
  });
});

describe('no-generic-greeting in Arabic', () => {
  const id = 'no-generic-greeting';
  const body = 'لقد أعدت المبلغ إلى بطاقتك.';
  it('reports a greeting without a name, in Arabic', () => {
    const [message] = only(id, reply(body, 'عزيزي العميل،'));
    expect(message!.actual).toBe('عزيزي العميل،');
    expect(message!.reason).toBe('«عزيزي العميل،» لا تحيي العميل باسمه');
  });

  const invalid = ['عزيزي العميل،', 'عميلنا العزيز،', 'عزيزتي العميلة،', 'مرحبًا،', 'السلام عليكم،', 'مرحبًا بك،', 'أهلا بكم،', 'عزيزي المستخدم،', 'سيدي العزيز،', 'مرحبا عزيزي العميل،'];
  it.each(invalid)('reports %j', (greeting) => {
    expect(report(id, reply(body, greeting))).toHaveLength(1);
  });

  const valid = ['مرحبًا ليلى،', 'عزيزتي منى،', 'عزيزي بيتر ،', 'مرحبا جيرالدين ،', 'السلام عليكم أستاذ أحمد،', 'أهلًا سارة!', 'صباح الخير يا خالد،', 'مرحبا {{customer.first_name}}،', 'عزيزي السيد كريم،', 'مساء الخير نادية،'];
  it.each(valid)('leaves %j alone', (greeting) => {
    expect(report(id, reply(body, greeting))).toEqual([]);
  });
});

describe('no-uncertain-expertise in Arabic', () => {
  const id = 'no-uncertain-expertise';
  it('turns doubt into an action, in Arabic', () => {
    const text = reply('لست متأكدًا، لكن المشكلة قد تكون في المتصفح.');
    expect(only(id, text)[0]!.reason).toContain('يُضعف إجابتك');
    expect(report(id, text)).toEqual(['3:1-3:17 no-uncertain-expertise "لست متأكدًا، لكن" → "دعني أتأكد من ذلك لك:"']);
    expect(fixed(id, text)).toBe(reply('دعني أتأكد من ذلك لك: المشكلة قد تكون في المتصفح.'));
  });

  it.each([
    ['لست متأكدًا.', '"لست متأكدًا" → "دعني أتأكد من ذلك لك"', 'دعني أتأكد من ذلك لك.'],
    ['أنا غير متأكد من موعد الشحن.', '"أنا غير متأكد" → "دعني أتأكد"', 'دعني أتأكد من موعد الشحن.'],
    ['لا أعرف سبب المشكلة.', '"لا أعرف" → "دعني أتحقق من"', 'دعني أتحقق من سبب المشكلة.'],
    ['لا أعرف متى سيصل طلبك.', '"لا أعرف" → "دعني أتحقق"', 'دعني أتحقق متى سيصل طلبك.'],
    ['ليس لدي أي فكرة عن ذلك.', '"ليس لدي أي فكرة" → "دعني أستفسر"', 'دعني أستفسر عن ذلك.'],
    ['لا أدري، ربما المشكلة في المتصفح.', '"لا أدري،" → "دعني أعرف ذلك لك:"', 'دعني أعرف ذلك لك: ربما المشكلة في المتصفح.'],
  ])('rewrites %j into a sentence that reads as one', (body, line, rewritten) => {
    const text = reply(body);
    expect(report(id, text).map((l) => l.replace(/^\S+ \S+ /u, ''))).toEqual([line]);
    expect(fixed(id, text)).toBe(reply(rewritten));
  });

  const invalid: Array<[string, string]> = [
    ['أنا جديد هنا، لذلك لا أعرف الإجابة.', 'أنا جديد هنا'],
    ['أنا متدربة في الفريق وسأحاول المساعدة.', 'أنا متدربة'],
    ['ما زلت أتدرب على النظام.', 'ما زلت أتدرب'],
    ['لست متأكدًا، لكن المشكلة قد تكون في المتصفح.', 'لست متأكدًا، لكن'],
    ['أنا غير متأكد من موعد الشحن.', 'أنا غير متأكد'],
    ['لا أعرف سبب المشكلة.', 'لا أعرف'],
    ['بصراحة ليس لدي أي فكرة عن ذلك.', 'ليس لدي أي فكرة'],
    ['هذا ليس قسمي، راسل قسم الفواتير.', 'هذا ليس قسمي'],
    ['الفواتير ليست مسؤوليتي.', 'ليست مسؤوليتي'],
    ['هذا الأمر ليس من اختصاصي.', 'ليس من اختصاصي'],
  ];
  it.each(invalid)('reports %j', (body, actual) => {
    expect(only(id, reply(body)).map((m) => m.actual)).toContain(actual);
  });

  const valid = [
    'دعني أتأكد من ذلك لك: المشكلة في إعدادات المتصفح.',
    'لست متأكدًا أنني فهمت سؤالك؛ هل تقصد الفاتورة الأخيرة؟',
    'لا أعرف إن كانت رسالتي السابقة قد وصلتك.',
    'لست متأكدًا مما إذا كنت تلقيت رمز التحقق.',
    'سأحيل هذا إلى فريق الفواتير المختص.',
    'أنا جديدة على هذه الميزة مثلك، وقد جربتها بنفسي للتو.',
    'المنتج جديد هنا في متجرنا.',
    'هل أنت متأكد من العنوان؟',
    'نحن متأكدون من أن الطلب شُحن أمس.',
    'قال العميل: «لا أعرف كيف أفعل ذلك».',
  ];
  it.each(valid)('leaves %j alone', (body) => {
    expect(report(id, reply(body))).toEqual([]);
  });
});

describe('no-tone-mismatch in Arabic', () => {
  const id = 'no-tone-mismatch';
  it('reports cheer in a reply about a loss, in Arabic', () => {
    const [message] = only(id, reply('وصل طردك تالفًا 😂'));
    // (Taken with the space before it, so that deleting it leaves no double space.)
    expect(message!.actual).toBe(' 😂');
    expect(message!.reason).toContain('تبدو مبتهجة');
  });

  const invalid: Array<[string, string]> = [
    ['وصل طردك تالفًا 😂', ' 😂'],
    ['طلبك مفقود هههههه', ' هههههه'],
    ['تأخر الشحن أسبوعًا!!', '!!'],
    ['فقدت شركة الشحن طردك 🎉', ' 🎉'],
    ['الجهاز معطل منذ أمس 😊', ' 😊'],
    ['لم يصل طلبك بعد هاهاها', ' هاهاها'],
    ['سُرق الطرد من أمام الباب!!!', '!!!'],
    ['الطلب متأخر لكن لا تقلق 😎', ' 😎'],
    ['تم إلغاء رحلتك 👏', ' 👏'],
    ['نعتذر عن انقطاع الخدمة صباح اليوم 🥳', ' 🥳'],
  ];
  it.each(invalid)('reports %j', (body, actual) => {
    expect(only(id, reply(body)).map((m) => m.actual)).toContain(actual);
  });

  const valid = [
    'وصل طردك تالفًا، وأنا آسف لذلك.',
    'يسعدنا أن طلبك وصل بسلام 😊',
    'شكرًا على كلماتك اللطيفة!! 🎉',
    'طلبك في الطريق وسيصلك غدًا 😄',
    'تم تفعيل حسابك بنجاح!',
    'وصل طلبك! نتمنى أن يعجبك.',
    'أرسلنا بديلًا عن الطرد المفقود اليوم.',
    'نحن سعداء بانضمامك إلينا 🥳',
    'يؤسفني أن الجهاز معطل. أرسلت لك بديلًا.',
    'هههه، سؤال جميل! الجواب: نعم.',
  ];
  it.each(valid)('leaves %j alone', (body) => {
    expect(report(id, reply(body))).toEqual([]);
  });
});

describe('no-wall-of-text in Arabic', () => {
  const id = 'no-wall-of-text';
  const sentence = 'راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. ';
  it('counts Arabic words and sentences, and says so in Arabic', () => {
    const [message] = only(id, reply(sentence.repeat(10).trim()));
    expect(message!.reason).toBe('فقرة من 150 كلمة و10 جملة يصعب تصفحها؛ قسّمها بفواصل أسطر أو نقاط أو خطوات');
  });

  const invalid = [9, 10, 12, 15, 20].flatMap((n) => [sentence.repeat(n).trim(), sentence.replace('. ', '؟ ').repeat(n).trim()]);
  it.each(invalid)('reports %j', (body) => {
    expect(report(id, reply(body))).toHaveLength(1);
  });

  const valid = [
    ...[1, 2, 3, 5, 7].map((n) => sentence.repeat(n).trim()),
    ...[8, 10, 12, 15, 20].map((n) => Array.from({ length: n }, () => `- ${sentence.trim()}`).join('\n')),
  ];
  it.each(valid)('leaves %j alone', (body) => {
    expect(report(id, reply(body))).toEqual([]);
  });
});

describe('no-unfilled-placeholder in Arabic', () => {
  const id = 'no-unfilled-placeholder';
  it('reports a stand-in left in an Arabic reply, in Arabic', () => {
    const [message] = only(id, reply('لقد أعدت المبلغ إلى بطاقتك.', 'مرحبا [اسم العميل]،'));
    expect(message!.actual).toBe('[اسم العميل]');
    expect(message!.reason).toBe('«[اسم العميل]» عنصر نائب لم يُملأ بعد');
  });

  const invalid: Array<[string, string]> = [
    ['مرحبا [اسم العميل]،', '[اسم العميل]'],
    ['مرحبا {{customer.first_name}}،', '{{customer.first_name}}'],
    ['مرحبا {customer_name}،', '{customer_name}'],
    ['مرحبا XXX،', 'XXX'],
    ['مرحبا %{recipient.name.first}،', '%{recipient.name.first}'],
    ['مرحبا ليلى، رقم طلبك [رقم الطلب]،', '[رقم الطلب]'],
    ['مرحبا ليلى، الرابط: [أدخل الرابط]،', '[أدخل الرابط]'],
    ['مرحبا ليلى، موعد التسليم [التاريخ]،', '[التاريخ]'],
    ['مرحبا ${order.customer}،', '${order.customer}'],
    ['مرحبا {{ customer.name،', '{{ customer.name،'],
  ];
  it.each(invalid)('reports %j', (greeting, actual) => {
    expect(only(id, reply('لقد أعدت المبلغ إلى بطاقتك.', greeting)).map((m) => m.actual)).toContain(actual);
  });

  const valid = [
    'مرحبا ليلى،',
    'مرحبا [ليلى]،',
    'مرحبا ليلى (رقم الطلب 4512)،',
    'مرحبا ليلى، طلبك [مُرسل]،',
    'عزيزي بيتر،',
    'مرحبا ليلى، رمز الخصم هو SAVE10،',
    'مرحبا ليلى، الخيار [نعم] أو [لا]،',
    'مرحبا ليلى، المنتج XX-200،',
    'السلام عليكم أستاذ أحمد،',
    'مرحبا ليلى — فريق الدعم،',
  ];
  it.each(valid)('leaves %j alone', (greeting) => {
    expect(report(id, reply('لقد أعدت المبلغ إلى بطاقتك.', greeting))).toEqual([]);
  });

  it('expects placeholders in an Arabic template, and reports only broken syntax there, in Arabic', () => {
    expect(report(id, reply('طلبك رقم {{ order.id }}.', 'مرحبا {{ customer.first_name }}،'), { template: true })).toEqual([]);
    expect(only(id, reply('طلبك رقم {{ order.id.', 'مرحبا ليلى،'), { template: true })[0]!.reason).toBe('«{{» لا يُغلق بـ«}}»؛ عنصر نائب {{ … }} مكسور');
  });
});

describe('team-phrases in Arabic', () => {
  const id = 'team-phrases';
  const phrases = [
    { phrase: 'في أسرع وقت', preferred: 'خلال يوم عمل' },
    { phrase: 'عميلنا العزيز', preferred: 'عميلنا' },
    { phrase: 'حسب النظام', message: 'اشرح السبب بدلًا من الإحالة إلى النظام', severity: 'error' as const },
    { phrase: 'ASAP', preferred: 'as soon as we can' },
  ];
  const options = { rules: { [id]: ['warn', { phrases }] as ['warn', Record<string, unknown>] } };

  it('matches a team phrase through diacritics and letter forms, and rewrites it', () => {
    expect(fixed(id, reply('سنرد عليك في أسرعِ وقت.'), options)).toBe(reply('سنرد عليك خلال يوم عمل.'));
    const [message] = only(id, reply('لا يمكن ذلك حسب النظام.'), options);
    expect(message).toMatchObject({ actual: 'حسب النظام', reason: 'اشرح السبب بدلًا من الإحالة إلى النظام', fatal: true });
    expect(only(id, reply('سنرد عليك في أسرع وقت.'), options)[0]!.reason).toBe('اكتب «خلال يوم عمل» بدلًا من «في أسرع وقت»');
  });

  it('keeps a phrase\'s own severity when the text writes ؤ or ئ another way', () => {
    const strict = { rules: { [id]: ['warn', { phrases: [{ phrase: 'المسؤول', severity: 'error' }, { phrase: 'مسائل', severity: 'error' }] }] as ['warn', Record<string, unknown>] } };
    expect(only(id, reply('تحدثت مع المسوول عن مسايل الشحن.'), strict).map((m) => [m.actual, m.fatal])).toEqual([
      ['المسوول', true],
      ['مسايل', true],
    ]);
  });

  const invalid: Array<[string, string]> = [
    ['سنرد عليك في أسرع وقت.', 'في أسرع وقت'],
    ['سنرد عليك في اسرع وقت.', 'في اسرع وقت'],
    ['سنرد عليك في أسرعِ وقتٍ.', 'في أسرعِ وقتٍ'],
    ['سنرد عليك في أسـرع وقت.', 'في أسـرع وقت'],
    ['سنرد عليك في\nأسرع وقت.', 'في\nأسرع وقت'],
    ['شكرًا لك يا عميلنا العزيز.', 'عميلنا العزيز'],
    ['لا يمكن ذلك حسب النظام.', 'حسب النظام'],
    ['وحسب النظام لا يمكن ذلك.', 'حسب النظام'],
    ['هل ستردون في أسرع وقت؟', 'في أسرع وقت'],
    ['We will reply ASAP.', 'ASAP'],
  ];
  it.each(invalid)('reports %j', (body, actual) => {
    expect(only(id, reply(body), { ...options, language: 'ar' }).map((m) => m.actual)).toContain(actual);
  });

  const valid = [
    'سنرد عليك خلال يوم عمل.',
    'نعمل بأسرع ما يمكن.',
    'في أسرعها وقتًا.',
    'عميلنا.',
    'حسب النظامية الجديدة.',
    'بحسب النظام الجديد للتسعير، السعر أقل.',
    'نرد في الوقت المحدد.',
    'هذا أسرع وقت للشحن.',
    'ASAPX is a product.',
    'شكرًا لتواصلك.',
  ];
  it.each(valid)('leaves %j alone', (body) => {
    expect(report(id, reply(body), options)).toEqual([]);
  });
});

describe('valid-suppression in Arabic', () => {
  const id = 'valid-suppression';
  // As Markdown, where the comment is hidden (in plain text each is also reported as sent to the customer).
  const markdown = { format: 'markdown' } as const;
  it('says in Arabic that an unknown rule silences nothing', () => {
    const [message] = only(id, reply('<!-- replylint-disable no-negativ-phrasing -->\nيجب عليك إعادة التشغيل.'), markdown);
    expect(message!.reason).toBe('«no-negativ-phrasing» ليست قاعدة في replylint، فهذا الاستثناء لا يُسكت شيئًا');
  });
  const typos = ['no-negativ-phrasing', 'require-thank', 'no-overpromis', 'no-unclear-instruction', 'require-next', 'no-generic-apologies', 'no-tone', 'no-wall', 'team-phrase', 'require-closing'];
  it.each(typos)('reports %j', (typo) => {
    expect(report(id, reply(`<!-- replylint-disable-next-line ${typo} -->\nيجب عليك إعادة التشغيل.`), markdown)).toHaveLength(1);
  });
  const known = ['no-negative-phrasing', 'require-thanks', 'no-overpromise', 'no-unclear-instructions', 'require-next-step', 'no-generic-apology', 'no-tone-mismatch', 'no-wall-of-text', 'team-phrases', 'require-closing-invitation'];
  it.each(known)('leaves %j alone', (ruleId) => {
    expect(report(id, reply(`<!-- replylint-disable-next-line ${ruleId} -->\nيجب عليك إعادة التشغيل.`), markdown)).toEqual([]);
  });
});
