import { describe, expect, it } from 'vitest';
import { fixed, only, report } from '../../test/helpers.js';

const id = 'no-overpromise';
const reply = (body: string): string => `مرحبا ليلى،\n\n${body}\n\nمع خالص التحية،\nنور`;

describe(`${id} in Arabic`, () => {
  it('hedges a certain delivery, with an Arabic message', () => {
    expect(fixed(id, reply('سيصل طلبك غدًا.'))).toBe(reply('من المتوقع أن يصل طلبك غدًا.'));
    expect(fixed(id, reply('ستصل الشحنة يوم الجمعة.'))).toBe(reply('من المتوقع أن تصل الشحنة يوم الجمعة.'));
    expect(only(id, reply('سيصل طلبك غدًا.'))[0]!.reason).toContain('يعد بنتيجة تعتمد على الآخرين');
  });

  it('replaces "this will never happen again"', () => {
    expect(fixed(id, reply('لن يتكرر هذا أبدًا.'))).toBe(reply('نتخذ خطوات حتى لا يتكرر ذلك.'));
  });

  const invalid: Array<[string, string]> = [
    ['سيصل طلبك غدا.', 'سيصل'],
    ['ستصل الشحنة يوم الاثنين.', 'ستصل'],
    ['سيتم تسليم الطرد اليوم.', 'سيتم تسليم'],
    ['سيتم إصلاح المشكلة بحلول الجمعة.', 'سيتم إصلاح'],
    ['أعدك بأن هذا لن يتكرر.', 'أعدك بأن هذا لن يتكرر'],
    ['نضمن لك وصول الطلب قبل العطلة.', 'نضمن لك'],
    ['التوصيل مضمون يوم الخميس.', 'مضمون'],
    ['سيتم رد المبلغ فورًا.', 'فورًا'],
    ['سيعود المنتج على الفور.', 'على الفور'],
    ['سيعود إلى المخزون الأسبوع القادم.', 'سيعود إلى المخزون'],
    // Beyond the table's wordings: a certain outcome others deliver, with a hard time or a certainty marker.
    ['المبلغ سيكون في حسابك غدًا.', 'غدًا'],
    ['ستحصلين على المبلغ في حسابك البنكي خلال 3 أيام بالضبط.', 'بالضبط'],
    // A refund with the time the bank keeps; a courier's call, another team's fix or reply, with a hard time.
    ['سيتم استرداد المبلغ خلال 24 ساعة.', 'سيتم استرداد'],
    ['المندوب سيتصل بك غدًا صباحًا.', 'غدًا'],
    ['سيقوم الفريق الفني بحل المشكلة اليوم.', 'اليوم'],
    ['سيرد عليك القسم المختص خلال ساعة.', 'خلال ساعة'],
    // A marker of certainty on any outcome others control; "never again" in the spoken dialects, one report for the pair.
    ['النتائج ستكون جاهزة غدًا صباحًا مؤكد.', 'مؤكد'],
    ['الخدمة رجعت في منطقتك وما راح تنقطع مرة ثانية أبدًا.', 'مرة ثانية أبدًا'],
    ['المشكلة انحلت ومش هتتكرر تاني أبدًا.', 'مش هتتكرر تاني أبدًا'],
  ];
  it.each(invalid)('reports %j', (text, actual) => {
    expect(report(id, reply(text)).some((l) => l.includes(actual))).toBe(true);
  });

  const valid = [
    'من المتوقع أن يصل طلبك غدًا.',
    'عادةً تصل الطلبات خلال ثلاثة أيام عمل.',
    'قد يستغرق الأمر حتى خمسة أيام.',
    'سأتحقق من ذلك فورًا.',
    'سنرد عليك على الفور بعد مراجعة الطلب.',
    'لا نضمن نوع الطائرة، لكنني أضفت ملاحظة إلى حجزك.',
    'هل سيصل الطلب قبل الجمعة؟',
    'إذا لم يصل الطلب، سنرسل بديلًا.',
    // «أكيد!» opening an answer is "sure", not a marker of certainty.
    'أكيد! الطلب من المتوقع أن يصل خلال أسبوع.',
    'لقد أعدت المبلغ إلى بطاقتك.',
    'نتوقع أن يصل طلبك غدًا.',
    // From an Arabic UX-writing guide in the corpus: an instruction, and a purpose.
    'اكتب عما يحصل عليه المستخدم، ثم اربطها فورًا بسياق التحوّل.',
    'قدّم حلًا ليتمكّن المستخدمون من الرجوع وإتمام العملية فورًا.',
    // The time an instruction gives the customer, the time of the writer's own deed, a time for no delivery.
    'افتحي الرسالة التي ستصلك منّا واضغطي على الرابط خلال ساعة من وصولها.',
    'أرسلت لك اليوم طلبًا بديلًا، وستصلك رسالة برقم التتبع حين يُشحن.',
    'أتمنى أن تستمتعي بالطقس الدافئ الذي سيأتي هذا الأسبوع.',
    // A refund promised with no time: the writer's own to issue.
    'إذا لم تصلك الشحنة، سيتم رد المبلغ إلى بطاقتك.',
    'سيتم استرداد المبلغ إلى حسابك.',
  ];
  it.each(valid)('leaves %j alone', (text) => {
    expect(report(id, reply(text))).toEqual([]);
  });
});

describe(`${id} in Arabic: guarantees to several, deliveries and approvals by others, the spoken "exactly"`, () => {
  it('reports them', () => {
    expect(report(id, reply('نضمن لكم أن هذا الخلل لن يتكرر أبدًا.'))).toEqual(['3:1-3:9 no-overpromise "نضمن لكم"', '3:23-3:37 no-overpromise "لن يتكرر أبدًا" → "نتخذ خطوات حتى لا يتكرر ذلك"']);
    expect(report(id, reply('سيوصلها الكابتن إلى عنوانك غدًا بين الساعة 4 و6 مساءً.'))).toEqual(['3:28-3:32 no-overpromise "غدًا"']);
    expect(report(id, reply('رجّعنا قيمة الأوردر، والفلوس هتنزل في حسابك البنكي خلال 24 ساعة بالظبط.'))).toEqual(['3:65-3:71 no-overpromise "بالظبط"']);
    expect(report(id, reply('ارفع الصور على التطبيق، وستتم الموافقة على مطالبتك خلال 24 ساعة.'))).toEqual(['3:52-3:56 no-overpromise "خلال"']);
  });

  it('leaves a hedged time and a promise declined', () => {
    expect(report(id, reply('من المتوقع أن تتم الموافقة على مطالبتك خلال 24 ساعة.'))).toEqual([]);
    expect(report(id, reply('لا نستطيع أن نضمن أن هذا لن يتكرر أبدًا، لكننا أضفنا اختبارًا.'))).toEqual([]);
  });
});

describe(`${id} in Arabic: a longer phrase ending mid-word no longer hides a shorter one`, () => {
  it('finds «نضمن» in «نضمن لكما», where «نضمن لكم» and «نضمن لك» both stop inside «لكما»', () => {
    expect(report(id, reply('نضمن لكما ذلك.'))).toEqual(['3:1-3:5 no-overpromise "نضمن"']);
    // The longer phrase still wins where it ends a word.
    expect(report(id, reply('نضمن لك وصول الطلب غدا.'))).toEqual(['3:1-3:8 no-overpromise "نضمن لك"']);
  });
});

describe(`${id} in Arabic: other words for the same promise (ar-batch-6)`, () => {
  const actuals = (text: string): string[] => only(id, reply(text)).map((m) => m.actual);

  it('reports a third party\'s spoken future with «بكرا», money landing in someone\'s account, and a guarantee on the verb', () => {
    expect(actuals('شركة التأمين رح تبعتلنا الموافقة بكرا قبل الضهر.')).toHaveLength(1);
    expect(actuals('الحوالة بتنزل في حساب أخوك في البنك بكرة الصبح.')).toHaveLength(1);
    expect(actuals('السواق في الطريق، وأضمنها لك ما راح يتأخر دقيقة.')).toEqual(['أضمنها لك']);
  });

  it('leaves a sanction with a time, which is a threat (no-negative-phrasing reports it)', () => {
    expect(actuals('أي دخول متزامن سيترتب عليه إلغاء اشتراكك فورًا.')).toEqual([]);
  });
});

describe(`${id} in Arabic: spoken certainty and outcomes others deliver (ar-batch-7)`, () => {
  const actuals = (text: string): string[] => only(id, reply(text)).map((m) => m.actual);

  it('reports «ولا سنت» on money others deliver, coins in a wallet and a bank\'s refund «صباح الغد»', () => {
    expect(actuals('والمبلغ بيوصلها كامل بالدولار وما رح ينقص منه ولا سنت مهما تغيّر السعر.')).toEqual(['ولا سنت']);
    expect(actuals('ستظهر العملات في محفظتك الخارجية خلال خمس دقائق من الآن.')).toHaveLength(1);
    expect(actuals('وسيُعيد بنكك المبلغ الزائد إلى بطاقتك صباح الغد.')).toHaveLength(1);
  });

  it('leaves a threat with «نهائيًا» in a Maghrebi condition', () => {
    expect(actuals('إلا ما خلصتيش قبل 10 أبريل، غادي يتقطع الخط ديالك نهائيًا.')).toEqual([]);
  });
});

describe(`${id} in Arabic: a hedge in «من المفروض», and the writer's own call`, () => {
  const actuals = (text: string): string[] => only(id, reply(text)).map((m) => m.actual);

  it('leaves «ومن المفروض يوصلچ مع مندوبنا باچر» and «وأنا بتصل فيچ بنفسي باچر الساعة 8»', () => {
    expect(actuals('طرشنا لچ اليوم كيسين، ومن المفروض يوصلچ مع مندوبنا باچر بين 4 و7 العصر.')).toEqual([]);
    expect(actuals('وأنا بتصل فيچ بنفسي باچر الساعة 8 الليل أتأكد إن الطلب وصلچ.')).toEqual([]);
  });

  it('still reports the same delivery said for certain', () => {
    expect(actuals('الطلب بيوصلچ باچر الساعة 4 أكيد.')).toHaveLength(1);
  });
});

describe(`${id} in Arabic: the company's own courier and messages, how things often go, and certainty in idioms`, () => {
  it("leaves «مندوبنا» with a price sworn to in another clause, the company's own messages, and what often happens", () => {
    expect(report(id, 'راسلينا في الخاص برقم الطلب، وسيحمل مندوبنا المقاس الصحيح إليكِ يوم الأربعاء ويستلم القطعة الأولى، دون أي رسوم.', { channel: 'social' })).toEqual([]);
    expect(report(id, 'حدّثنا رقم هاتفك، وستصل إليه رسائل حجز الحصص من اليوم.', { channel: 'social' })).toEqual([]);
    expect(report(id, 'أسماك النيون حساسة جداً، وكثيراً ما يحدث هذا في الأيام الأولى بعد النقل مهما كانت العناية.', { channel: 'social' })).toEqual([]);
    // A message from someone else is theirs to send.
    expect(report(id, 'ستصلك رسالة من البنك خلال يومين.', { channel: 'social' })).toEqual(['1:22-1:26 no-overpromise "خلال"']);
  });

  it('reports «قولًا واحدًا» and «ولا دقيقة» on what others do', () => {
    expect(report(id, 'الشحنة تنتظر التخليص الجمركي، وستُفرج عنها يوم الأحد، ويصلك طلبك صباح الاثنين، قولاً واحداً.', { channel: 'social' })).toEqual([
      '1:80-1:92 no-overpromise "قولاً واحداً"',
    ]);
    expect(report(id, 'الشركة يلي متعاقدين معها بيمرقوا عليكن كل يوم الساعة ٧ ونص، وما رح يتأخروا ولا دقيقة.', { channel: 'social' })).toEqual([
      '1:76-1:85 no-overpromise "ولا دقيقة"',
    ]);
  });
});

describe(`${id} in Arabic: the company's technician, named`, () => {
  it('leaves «سيصلك الفني سامر بين الثامنة والعاشرة» after the booking the writers made', () => {
    expect(report(id, 'حجزنا لك أول موعد صباح الغد: سيصلك الفني سامر بين الثامنة والعاشرة.', { channel: 'social' })).toEqual([]);
  });
});

describe(`${id} in Arabic: a ministry's and an embassy's doing, sworn to`, () => {
  it('reports «الوزارة بتصدقها باكر أكيد … ضمان مني»', () => {
    expect(report(id, 'الترجمة خلصت اليوم. الوزارة بتصدقها باكر أكيد، والسفارة بتقبلها بدون أي ملاحظات، ضمان مني.', { channel: 'social' })).toEqual([
      '1:42-1:46 no-overpromise "أكيد"',
    ]);
  });
});

describe(`${id} in Arabic: a promise after the writers' deed, beside a team, and before the door`, () => {
  const chat = (text: string): string[] => report(id, text, { channel: 'chat' });

  it('reads «و» opening on the thing that will come as a clause of its own', () => {
    // "We spoke to the courier, and the order reaches you tomorrow morning for sure": the deed is the writers', the arrival is not.
    expect(chat('كلمنا شركة الشحن والأوردر هيوصلك بكرة الصبح أكيد مع المندوب.')).toEqual(['1:45-1:49 no-overpromise "أكيد"']);
    // The deed alone promises nothing.
    expect(chat('كلمنا شركة الشحن والأوردر وصل للفرع.')).toEqual([]);
  });

  it('reads «عند» before a team as "with", not "when"', () => {
    // "The problem is with the tech team and tomorrow it gets fixed for sure."
    expect(chat('المشكل راهو عند الفريق التقني وغدوة يتصلح أكيد.')).toEqual(['1:43-1:47 no-overpromise "أكيد"']);
    // «عند» as "upon" keeps its condition: "upon receipt it will be fixed" is not sworn to.
    expect(chat('عند الاستلام يتصلح أكيد إذا كان العطل بسيط.')).toEqual([]);
  });

  it('leaves the door\'s "if you need anything else" out of the promise before it, and an offer at the customer\'s wish alone', () => {
    expect(chat('كلمتهم الحين بخصوص شحنتك، وأكيد بتوصلك بكرة الصبح إذا تبي شي ثاني أنا موجودة')).toEqual(['1:28-1:32 no-overpromise "أكيد"']);
    expect(chat('الطلب بيوصلك بكرة أكيد إذا دفعت اليوم.')).toEqual([]);
    expect(chat('وسيحضر المندوب عيّنة إليكم يوم السبت أكيد إذا تبي.')).toEqual([]);
  });
});

describe(`${id} in Arabic: sworn outcomes in run-on chat`, () => {
  const chat = (text: string): string[] => report(id, text, { channel: 'chat' });

  it('reads a marker of certainty on what others will do beside a deed done in the same clause', () => {
    // "We told the garage about the fault; they'll finish it today at 6 for sure."
    expect(chat('بلّغنا الورشة بعطل التكييف في العربية هيخلصوها النهارده الساعة 6 أكيد.')).toEqual(['1:66-1:70 no-overpromise "أكيد"']);
    // "We added the transfer; the transport company's driver will be at the arrivals hall at 4 pm, 100%."
    expect(chat('وأضفنا التوصيلة من المطار، سواق شركة النقل بيكون عند صالة الوصول الساعة 4 العصر 100%.')).toEqual(['1:81-1:85 no-overpromise "100%"']);
    // A deed done, sworn to, promises nothing to come.
    expect(chat('أرسلنا الطلب أمس وأكيد وصلك.')).toEqual([]);
  });

  it('reads the Egyptian «النهارده» as a time others keep, and a placeholder after the thing that will come', () => {
    expect(chat('الحوالة اتنفذت من عندنا الساعة 11، وهتوصل حساب المستفيد في البنك التاني النهارده قبل 3 العصر.')).toEqual(['1:73-1:81 no-overpromise "النهارده"']);
    expect(chat('كلمنا شركة الشحن والأوردر [رقم الطلب] هيوصلك بكرة الصبح أكيد.')).toEqual(['1:57-1:61 no-overpromise "أكيد"']);
  });
});
