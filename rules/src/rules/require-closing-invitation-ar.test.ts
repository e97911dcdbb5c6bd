import { describe, expect, it } from 'vitest';
import { fixed, only, report } from '../../test/helpers.js';

const id = 'require-closing-invitation';
const reply = (body: string, signOff = 'مع خالص التحية،\nنور'): string => `مرحبا ليلى،\n\n${body}\n\n${signOff}`;

// Customer Service 101's lost-order model reply, as it stands in the Arabic article.
const lostOrder = `مرحبا جيرالدين ،

أنا آسف جدًا لسماع أن طلبك لم يصل بعد. أنا متأكد من أنك كنت تتطلع إلى تجربة Super Splash الجديد ، مع الطقس الدافئ الذي سيأتي هذا الأسبوع.

لم تتمكن شركة التوصيل من تحديد موقع الطرد الخاص بك برقم التتبع ، لذلك قمت بإرسال تسليم بديل يجب أن يصل بحلول يوم الجمعة 3 أغسطس. سوف تحقق مرة أخرى للتأكد من وصولها! هذا ليس شيئًا نراه يحدث كثيرًا ، لذا ، مرة أخرى ، يؤسفني أن هذه لم تكن تجربة مثالية بالنسبة لك.

شكرا لك على لفت انتباهنا إلى هذا. إذا كان هناك أي شيء آخر يمكنني مساعدتك به في الوقت الحالي ، فيرجى إبلاغي بذلك.

شكرا،
راشيل`;

describe(`${id} in Arabic`, () => {
  it('offers Customer Service 101\'s Arabic closing, inserted before the sign-off, with an Arabic message', () => {
    const text = reply('لقد أعدت المبلغ إلى بطاقتك.');
    expect(only(id, text)[0]!.reason).toContain('ينتهي الرد دون دعوة العميل');
    expect(fixed(id, text)).toBe(reply('لقد أعدت المبلغ إلى بطاقتك.\n\nأخبرنا إذا كان لديك أي أسئلة أخرى.'));
  });

  it('finds the invitation in Customer Service 101\'s lost-order model reply', () => {
    expect(report(id, lostOrder)).toEqual([]);
  });

  const signOffs = ['مع خالص التحية،\nنور', 'مع أطيب التحيات\nفريق الدعم', 'تحياتي،\nسارة أحمد', 'شكرًا،\nنور', 'نور'];
  it.each(signOffs)('finds the sign-off %j and reports before it', (signOff) => {
    const lines = report(id, reply('لقد أعدت المبلغ إلى بطاقتك.', signOff));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('لقد أعدت المبلغ إلى بطاقتك.');
  });

  const invalid = [
    'لقد أعدت المبلغ إلى بطاقتك.',
    'تم شحن طلبك اليوم.',
    'قمت بتحديث عنوانك.',
    'تم إلغاء الاشتراك كما طلبت.',
    'يمكنك تتبع الطرد من الرابط في بريدك.',
    'أضفت الخصم إلى طلبك.',
    'تم فتح حسابك من جديد.',
    'الفاتورة مرفقة بهذه الرسالة.',
    'مددنا الفترة التجريبية أسبوعين.',
    'سيصلك بديل خلال ثلاثة أيام عمل تقريبًا.',
  ];
  it.each(invalid)('reports %j', (text) => {
    expect(report(id, reply(text))).toHaveLength(1);
  });

  const valid = [
    'لقد أعدت المبلغ. أخبرنا إذا كان لديك أي أسئلة أخرى.',
    'لقد أعدت المبلغ.\n\nلا تتردد في التواصل معنا إذا احتجت إلى أي شيء.',
    'لقد أعدت المبلغ. أنا هنا للمساعدة.',
    'لقد أعدت المبلغ. نحن هنا إذا احتجت إلى أي شيء.',
    'لقد أعدت المبلغ. أخبرني إذا احتجت إلى أي مساعدة.',
    'لقد أعدت المبلغ. يسعدنا مساعدتك في أي وقت.',
    'لقد أعدت المبلغ. هل هناك أي شيء آخر يمكنني مساعدتك به؟',
    'لقد أعدت المبلغ. إذا كان لديك أي استفسار، راسلنا.',
    'لقد أعدت المبلغ. تواصل معنا في أي وقت.',
    'لقد أعدت المبلغ. يرجى إبلاغي إذا ظهرت أي مشكلة.',
  ];
  it.each(valid)('leaves %j alone', (text) => {
    expect(report(id, reply(text))).toEqual([]);
  });
});

describe('require-closing-invitation in Arabic: «يسعدنا تلقي ردك», and a sign-off «مع خالص الود» over a team named in guillemets', () => {
  it('takes «إذا احتجت أي مساعدة أخرى، يسعدنا تلقي ردك على هذه الرسالة» for the door left open', () => {
    expect(report('require-closing-invitation', 'عزيزي خالد،\n\nأعدنا تفعيل بطاقتك اليوم.\n\nإذا احتجت أي مساعدة أخرى، يسعدنا تلقي ردك على هذه الرسالة.\n\nمع أطيب التحيات،\nسارة')).toEqual([]);
  });

  it('reads «مع خالص الود،» and «فريق «حساباتي»» as the sign-off: the report is on the body, not on the names', () => {
    const text = 'مرحبا زياد،\n\nأضفنا الميزة إلى حسابك اليوم.\n\nمع خالص الود،\nهبة\nفريق «حساباتي»';
    expect(only('require-closing-invitation', text).map((m) => m.actual)).toEqual(['أضفنا الميزة إلى حسابك اليوم.']);
  });
});

describe(`${id} in Arabic: the door left open in other words (ar-batch-6)`, () => {
  it('reads «رهن إشارتك متى احتجت إلينا», «وإن تعذّر …، فاكتب لي» and the Maghrebi «جاوبيني على هاد الإيميل» as invitations', () => {
    expect(report(id, reply('ألغينا الحجز وأعدنا المبلغ.\n\nونحن رهن إشارتك متى احتجت إلينا.'))).toEqual([]);
    expect(report(id, reply('غيّرنا الحد اليومي كما طلبت.\n\nوإن تعذّر عليك إكمال الخطوات من التطبيق، فاكتب لي وسأرتب لك اتصالًا.'))).toEqual([]);
    expect(report(id, reply('ألغينا الطلبية دابا.\n\nإلا ما بانوش ليك الفلوس فالحساب من بعد الجمعة، جاوبيني على هاد الإيميل.'))).toEqual([]);
  });

  it('still reports a reply that ends on what was done', () => {
    expect(report(id, reply('ألغينا الحجز وأعدنا المبلغ إلى بطاقتك.'))).toHaveLength(1);
  });
});

describe(`${id} in Arabic: a formal greeting and sign-off are read as such`, () => {
  it('places the report before «مع خالص التقدير والاحترام», after a greeting «السيد … المحترم،»', () => {
    const text = 'السيد حمد الكواري المحترم،\n\nتم تحديث بيانات وحدتك في النظام.\n\nمع خالص التقدير والاحترام،\nإدارة علاقات الملّاك';
    expect(report(id, text)).toEqual(['3:1-3:33 require-closing-invitation "تم تحديث بيانات وحدتك في النظام." → "تم تحديث بيانات وحدتك في النظام.\\n\\nأخبرنا إذا كان لديك أي أسئلة أخرى."']);
  });
});

describe(`${id} in Arabic: a condition opened with «إن» and answered with «ف»`, () => {
  it('reads «إن أشكل عليك أي جزء، فاكتب لي» and «وإن لاحظتِ …، فاتصلي بنا» as invitations, and «بابنا مفتوح لكِ»', () => {
    expect(report(id, reply('أرسلنا لك النموذج.\n\nإن أشكل عليك أي جزء، فاكتب لي وسأتابع معك.'))).toEqual([]);
    expect(report(id, reply('موعد المراجعة يوم الأحد.\n\nوإن لاحظتِ أي تعب قبل ذلك، فاتصلي بنا على 0791234567.'))).toEqual([]);
    expect(report(id, reply('راجعنا ملفك وحدّثنا بياناتك.\n\nوبابنا مفتوح لكِ متى أردتِ الحديث إلينا.'))).toEqual([]);
  });

  it('still reports «إن شاء الله» wishes with no invitation', () => {
    expect(report(id, reply('شحنّا طلبك اليوم، وإن شاء الله يصلك بالسلامة.'))).toHaveLength(1);
  });
});

describe(`${id} in Arabic: osTicket's Arabic footer`, () => {
  it('reads «الرجاء الرد إلى هذا البريد» (reply to this email, with «إلى») as the door left open, as «الرد على» is', () => {
    expect(report(id, reply('تم إنشاء طلب الدعم الخاص بك.\n\nإذا كنت ترغب في تقديم المزيد من المعلومات المتعلقة بالمشكلة الرجاء الرد إلى هذا البريد الإلكتروني.'))).toEqual([]);
    expect(report(id, reply('تم إنشاء طلب الدعم الخاص بك.\n\nيمكنك متابعة الطلب من حسابك.'))).toHaveLength(1);
  });
});

describe(`${id} in Arabic: the door in a condition's answer, and letters that only look like one`, () => {
  it('takes a reply asked for as a noun, a number to call, and this very thread as the door', () => {
    expect(report(id, reply('سلّمنا الملف اليوم. وإن بقي في الأمر ما يحتاج إلى توضيح، فيكفينا ردٌّ منك على هذه الرسالة.'))).toEqual([]);
    expect(report(id, reply('سلّمنا الملف اليوم. وإن جدّ أمرٌ قبل اتصالي، فالاستقبال يردّ عليك على 0114 555 2030.'))).toEqual([]);
    expect(report(id, reply('سلّمنا الملف اليوم. إذا عندك صور للسيارة قبل التصليح، دزّها على هذا الإيميل.'))).toEqual([]);
    expect(report(id, reply('سلّمنا الملف اليوم. ولو ما تحسّن بعد ثلاثة أيام، ودّيه عند الدكتور، واتصل علي أسمع منك.'))).toEqual([]);
  });

  it('does not take «إيصال» for «أي», nor «عدّلي» (edit) for «عُد لي» (come back to me)', () => {
    expect(report(id, reply('سلّمنا الملف اليوم. يُرجى إحضار إيصال الدفع أو صورته على الهاتف عند الاستلام.'))).toEqual([
      '3:21-3:78 require-closing-invitation "يُرجى إحضار إيصال الدفع أو صورته على الهاتف عند الاستلام." → "يُرجى إحضار إيصال الدفع أو صورته على الهاتف عند الاستلام.\\n\\nأخبرنا إذا كان لديك أي أسئلة أخرى."',
    ]);
    expect(report(id, reply('لحل ذلك: عدّلي سجل الـ NS لدى المسجّل.'))).toEqual([
      '3:1-3:39 require-closing-invitation "لحل ذلك: عدّلي سجل الـ NS لدى المسجّل." → "لحل ذلك: عدّلي سجل الـ NS لدى المسجّل.\\n\\nأخبرنا إذا كان لديك أي أسئلة أخرى."',
    ]);
  });
});

describe(`${id} in Arabic: a number to call if trouble comes`, () => {
  it('takes «وإن تسرّب الماء …، فاتصل بالرقم …» for the door', () => {
    expect(report(id, reply('حجزنا لك موعداً غداً. وإن تسرّب الماء إلى الخزانة قبل ذلك، فاتصل بالرقم 0790000000 على مدار الساعة.'))).toEqual([]);
  });
});

describe(`${id} in Arabic: a check-in in Levantine, and availability promised`, () => {
  it('takes «بيناسبك هالترتيب؟» and «سأكون متاحة على هذا البريد …» for the door', () => {
    expect(report(id, reply('أرسلنا الأوراق. بيناسبك هالترتيب؟'))).toEqual([]);
    expect(report(id, reply('استُبدلت العدستان. سأكون متاحة على هذا البريد طيلة الأسبوع إن أردتِ الاستفسار عن أي شيء.'))).toEqual([]);
  });
});
