// What a twenty-fifth Arabic set (ar-batch-25) showed the Arabic reader and rules missing, pinned in words of our own:
// leave to ask given as a right, ringing the writer, a short spoken check-in, the writers on the line; a remedy in the
// vowelled passive, a present passive with where it is done, an apology's times for a wait, a denied outcome; sympathy
// in Iraqi; a right denied, blame pushed away in speech, a sanction if it happens again, «بدون نقاش»; «لازم» guessing;
// certainty sworn or vouched for; an offer at the customer's wish; «ما عليك إلا»; chains with «وبعد داك».
import { describe, expect, it } from 'vitest';
import { lint, readReply } from './index.js';

const email = (body: string): string => `مرحبا سامي،\n\n${body}\n\nمع التحية،\nهدى`;
const found = (rule: string, text: string, channel: 'email' | 'chat' | 'social' = 'email'): string[] =>
  lint(text, { language: 'ar', channel })
    .filter((m) => m.ruleId === rule)
    .map((m) => m.actual ?? '');
const actsOf = (body: string, channel: 'email' | 'chat' = 'email'): string[][] =>
  readReply(channel === 'email' ? email(body) : body, { language: 'ar', channel }).body.map((s) => [...s.reading.acts]);

describe('Arabic reader: the door left open', () => {
  it('reads leave to ask given as a right as an invitation', () => {
    expect(actsOf('ولكم أن تستفسروا عن أي رسم في الفاتورة المرفقة.')).toEqual([['invitation']]);
  });

  it('reads ringing the writer after a need as a conditional invitation', () => {
    expect(actsOf('وإذا احتجتي شي، دقّيلي عالرقم.')[0]).toContain('invitation');
  });

  it('reads a short spoken check-in as an invitation, not a question that moves the case', () => {
    expect(actsOf('تمام كده؟', 'chat')).toEqual([['invitation']]);
    expect(actsOf('تمام هيك؟', 'chat')).toEqual([['invitation']]);
  });

  it('reads the writers on the line after a need as an invitation', () => {
    expect(actsOf('وإن كانت لديك أسئلة عن التركيب، فنحن على الهاتف كل يوم.')[0]).toContain('invitation');
  });
});

describe('Arabic reader: deeds, what comes next and sympathy', () => {
  it('reads a remedy in the vowelled passive as a deed, but not a cause or what others did', () => {
    expect(actsOf('رُدّ المبلغ إلى بطاقتك صباح اليوم.')[0]).toContain('action');
    expect(actsOf('تكرر الخصم لأن الدفعة عُلّقت ثم أُعيدت المحاولة.')[0]).not.toContain('action');
    expect(actsOf('تشير السجلات إلى أن الطرد سُلّم عند الباب.')[0]).not.toContain('action');
  });

  it('reads a present passive with where it is done as what comes next', () => {
    expect(actsOf('وتُجدد البطاقات من التطبيق أو في أي فرع.')[0]).toContain('next-info');
  });

  it('reads the times of the wait an apology is for as the past, but a new date as what comes next', () => {
    expect(actsOf('نعتذر عن انتظارك ساعة كاملة اليوم رغم حضورك قبل موعدك.')[0]).not.toContain('next-info');
    expect(actsOf('نعتذر عن التأخير، وموعدك الجديد يوم الخميس الساعة العاشرة.')[0]).toContain('next-info');
  });

  it('reads an outcome of others denied as no time to come, and a reassurance as none', () => {
    expect(actsOf('آسفين إن الرحلة اتلغت يوم الجمعة، بس الفلوس مش بترجع.', 'chat')[0]).not.toContain('next-info');
    expect(actsOf('لا تقلق، الحوالة بتوصل لحسابك خلال ساعة.', 'chat')[0]).toContain('next-info');
  });

  it('reads sympathy said in Iraqi', () => {
    expect(actsOf('والله ضاج خلقي من شفت الصورة.', 'chat')[0]).toContain('empathy');
  });
});

describe('no-negative-phrasing (Arabic): rights denied, blame pushed away, sanctions if it happens again', () => {
  it('reports a right denied and blame pushed away in speech', () => {
    expect(found('no-negative-phrasing', email('ولا يحق لك المطالبة برسوم الشحن.'))).toEqual(['لا يحق لك']);
    expect(found('no-negative-phrasing', email('والتأخير كان من المورّد، مش مننا.'))).toEqual(['مش مننا']);
  });

  it('reports the writers\' sanction if it happens again, not an offer to cancel', () => {
    expect(found('no-negative-phrasing', email('ولو تكرر التأخير مرة ثانية بنوقف اشتراكك.'))).toEqual(['بنوقف']);
    expect(found('no-negative-phrasing', email('وإذا حبيت، بنلغي الطلب ونرجعلك المبلغ.'))).toEqual([]);
  });

  it('reports a rule put beyond discussion', () => {
    expect(found('no-negative-phrasing', email('والمتأخر يُستبعد من السباق بدون نقاش.'))).toEqual(['بدون نقاش']);
  });

  it('leaves «لازم» guessing what must have happened, and reports it as a demand', () => {
    expect(found('no-negative-phrasing', email('لازم تكون وصلتك رسالة التأكيد اليوم.'))).toEqual([]);
    expect(found('no-negative-phrasing', email('لازم تكون موجود وقت التركيب.'))).toEqual(['لازم']);
  });
});

describe('no-overpromise (Arabic): certainty sworn or vouched for, and an offer at the customer\'s wish', () => {
  it('reports a courier\'s time sworn to or vouched for', () => {
    expect(found('no-overpromise', email('سلّمنا الطرد للشركة اليوم، ووالله العظيم يوصلك قبل الخميس.'))).not.toEqual([]);
    expect(found('no-overpromise', email('الجهاز راح للوكيل، وهيرجع يوم ٢٠ من غير ولا يوم تأخير.'))).not.toEqual([]);
    expect(found('no-overpromise', email('ستصدر الهيئة الترخيص في مايو دون أدنى شك.'))).not.toEqual([]);
  });

  it('leaves an offer at the customer\'s wish alone', () => {
    expect(found('no-overpromise', email('ويمرّ المندوب بالعيّنات عليكم يوم الاثنين إن شئتم.'))).toEqual([]);
  });
});

describe('no-unclear-instructions (Arabic): all you have to do, and steps chained with «وبعد داك»', () => {
  it('reports «ما عليك إلا» before a step', () => {
    expect(found('no-unclear-instructions', email('ما عليك إلا ربط الحسابين من الإعدادات.'))).toEqual(['ما عليك إلا']);
  });

  it('counts «وبعد داك» as a link in a chain of steps', () => {
    const chained = 'افتح الغطا وبعد داك شيل الفلتر وبعد داك اغسله بموية وبعد داك رجّعه مكانه وبعد داك شغّل الجهاز.';
    expect(found('no-unclear-instructions', chained, 'chat')).not.toEqual([]);
  });
});

// What a twenty-sixth set (ar-batch-26) added, in words of our own.
describe('Arabic reader and rules: a twenty-sixth set', () => {
  it('reads what is needed of the customer after a purpose as a step', () => {
    expect(actsOf('لتجديد الرخصة يلزم إرفاق صورة الهوية.')[0]).toContain('step');
  });

  it('reads a reply said back, and a name in «ي», as no time to come', () => {
    expect(actsOf('وصلتنا رسالتكم بشأن خصم الاشتراك مرتين يوم الأحد.')[0]).not.toContain('next-info');
  });

  it('reads where to reach the writers named in an offer as the door, and a number given as what comes next', () => {
    expect(actsOf('ونحن في خدمتكم دائما على الرقم المدون في الفاتورة.')).toEqual([['invitation']]);
  });

  it('reads "anything else?" asked as spoken as an invitation', () => {
    expect(actsOf('في شي تاني بقدر أساعدك فيه؟', 'chat')).toEqual([['invitation']]);
  });

  it('reads the customer\'s thing as the subject of a verb of coming back, not an order', () => {
    expect(actsOf('الجهاز ديالك رجع لينا نهار الخميس.')[0]).not.toContain('invitation');
  });

  it('reports the duty put on the customer alone, blame in hindsight and the contract held up', () => {
    expect(found('no-negative-phrasing', email('والرسوم مسؤوليتكم وحدكم بصفتكم صاحب الحساب.'))).toEqual(['مسؤوليتكم وحدكم']);
    expect(found('no-negative-phrasing', email('وكان بإمكانك مراجعة الفاتورة قبل الدفع.'))).toEqual(['كان بإمكانك']);
    expect(found('no-negative-phrasing', email('راه هادشي مكتوب فالعقد وخاصك تخلص.'))).toContain('مكتوب فالعقد');
  });

  it('reports a lesson for next time set against what was done, not a tip', () => {
    expect(found('no-negative-phrasing', email('وصلنا الطلب، بس المرة الجاية اكتب رقم الطلب في الرسالة.'))).toEqual(['بس المرة الجاية']);
    expect(found('no-negative-phrasing', email('في المرة القادمة، إن لم يظهر الرمز، اضغط على «إعادة الإرسال».'))).toEqual([]);
  });

  it('reports an outcome said to have no chance of going otherwise', () => {
    expect(found('no-overpromise', email('والبنك هيحوّل المبلغ يوم الاثنين، ومفيش أي احتمال يتأخر.'))).not.toEqual([]);
  });

  it('reports a step taken to be known: as usual, as we told you, the papers needed', () => {
    expect(found('no-unclear-instructions', email('جيب معك الأوراق اللازمة ومرّ على الفرع متل العادة.'))).toEqual(['الأوراق اللازمة', 'متل العادة']);
  });
});

describe('require-closing-invitation (Arabic): a team signing its name closes the body', () => {
  it('puts the invitation before «فريق …»، not in a footer below it', () => {
    const text = 'مرحبا سامي،\n\nتم استلام طلبك رقم 4417.\n\nفريق خدمة العملاء،\n\nيمكنك متابعة الطلب من صفحة حسابك.';
    expect(found('require-closing-invitation', text)).toEqual(['تم استلام طلبك رقم 4417.']);
  });
});
