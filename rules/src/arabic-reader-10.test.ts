// What a twenty-third Arabic set (ar-batch-23) showed the Arabic reader missing, pinned in words of our own: the fault
// put on the customer through a cause («لأنك …»), a lecture by reminding, a sanction in a future of its own, the rule
// put beyond talk, conditional doors left open by phone or by offer, a clause that opens on a noun of its own, and a
// time word that was only the start of another word («الغدة»، «الشهرية»).
import { describe, expect, it } from 'vitest';
import { lint, readReply } from './index.js';

const email = (body: string): string => `مرحبا ليلى،\n\n${body}\n\nمع التحية،\nنور`;
const found = (rule: string, text: string, channel: 'email' | 'chat' | 'social' = 'email'): string[] =>
  lint(text, { language: 'ar', channel })
    .filter((m) => m.ruleId === rule)
    .map((m) => m.actual ?? '');
const bodyActs = (body: string): string[][] => readReply(email(body), { language: 'ar', channel: 'email' }).body.map((s) => [...s.reading.acts]);

describe('no-negative-phrasing (Arabic): the fault put through a cause, and the reminder', () => {
  it('reports «لأنك» before a deed of the customer\'s in the past', () => {
    expect(found('no-negative-phrasing', email('الشاشة انكسرت لأنك حطيت الجهاز في جيبك الخلفي، والضمان ما يشمل الكسر.'))).toContain('لأنك');
    expect(found('no-negative-phrasing', email('تعطل الفلتر لإنك ما غيرته من سنة.'))).toEqual(['لإنك']);
  });

  it('leaves «لأنك» in thanks, and before what the customer is or deserves', () => {
    expect(found('no-negative-phrasing', email('شكرًا كتير لأنك اخترت متجرنا لهديتك.'))).toEqual([]);
    expect(found('no-negative-phrasing', email('أضفنا لك شهرًا مجانيًا لأنك عميل معنا من خمس سنين.'))).toEqual([]);
    expect(found('no-negative-phrasing', email('جهزنا لك الطلب أولًا لأنك تستحق الأفضل.'))).toEqual([]);
  });

  it('reports a reminder that lectures, not one of an appointment', () => {
    expect(found('no-negative-phrasing', email('ونذكرك بأن الاشتراك يتجدد تلقائيًا منذ التسجيل، والإلغاء يتم قبل موعد التجديد لا بعده.'))).toEqual(['نذكرك بأن']);
    expect(found('no-negative-phrasing', email('نذكرك بأن موعدك غدًا الساعة العاشرة في فرع الروضة.'))).toEqual([]);
  });

  it('reports a sanction with a future of its own in a condition on what the customer does, and the rule put beyond talk', () => {
    expect(found('no-negative-phrasing', email('وإذا لم يُسدَّد المبلغ خلال أسبوع فسيُقطع الاشتراك دون إشعار آخر.'))).toEqual(['فسيُقطع', 'دون إشعار آخر']);
    expect(found('no-negative-phrasing', email('لو تكرر الكلام ده في التعليقات، هنضطر نحظر الصفحة.'), 'social')).toEqual(['هنضطر نحظر']);
    expect(found('no-negative-phrasing', email('الاستبدال بعد شهر من الشراء فقط، والعقد واضح في ده.'))).toEqual(['العقد واضح']);
    // Without the condition, the cut is what the customer may have asked for.
    expect(found('no-negative-phrasing', email('كما طلبت، سيقطع الاشتراك في نهاية الشهر.'))).toEqual([]);
  });
});

describe('Arabic reader: the door left open on a condition, by phone or by an offer', () => {
  it('reads a need, then the office phones or a number to call, as an invitation', () => {
    expect(bodyActs('ولو عندك استفسار تاني، تلفونات المكتب مفتوحة ليك.')[0]).toContain('invitation');
    expect(bodyActs('وإن اشتد العطل قبل الموعد، فاتصل بالرقم 0790000000.')[0]).toContain('invitation');
    expect(bodyActs('إذا تحتاجين حجز طاولة ثانية، گوليلي ونرتبها.')[0]).toContain('invitation');
  });

  it('require-closing-invitation: such a door at the end of an email is the closing invitation', () => {
    expect(found('require-closing-invitation', email('حجزنا لك الغرفة من الأحد إلى الخميس. إذا تحتاجين سيارة من المطار، گوليلي ونرتبها.'))).toEqual([]);
  });
});

describe('Arabic reader: a clause on a noun of its own, and time words that end where the word does', () => {
  it('reports the certainty on a bank\'s time said in a nominal clause after the writer\'s deed', () => {
    expect(found('no-overpromise', email('أعدنا قيمة الطلب إلى بطاقتك أمس، والمبلغ في حسابك قبل نهاية الأسبوع، فهذا أمر محسوم.'))).toEqual(['محسوم']);
  });

  it('reads «الغدة» and «الشهرية» as no time', () => {
    const times = (body: string) => readReply(email(body), { language: 'ar', channel: 'email' }).body.flatMap((s) => s.reading.times.map((t) => email(body).slice(t.start, t.end)));
    expect(times('نعتذر عن تأخر نتيجة تحليل الغدة.')).toEqual([]);
    expect(times('ستجد فواتيرك الشهرية في صفحة الحساب.')).toEqual([]);
    // The dual is still the time, whole: «يومين».
    expect(times('تصلك النتيجة بعد يومين.')).toEqual(['يومين']);
  });
});

describe('Arabic reader: the Levantine present that promises, "you can", sympathy said as "you are right", and imperatives', () => {
  it('reads «منحجزلك»، «منتصل فيكي»، «بحضّرلك» as commitments and «فيكي تاخدي» as a step (not «منتمنّالكن», a wish)', () => {
    expect(bodyActs('منحجزلك القياس من الدفعة الجاية ومنتصل فيكي أول ما توصل.')[0]).toContain('commitment');
    expect(bodyActs('قوليلي شو بيناسبك وأنا بحضّرلك الطلبية.')[0]).toContain('commitment');
    expect(bodyActs('فيكي تاخدي قياس 12 من المحل بأي وقت.')[0]).toContain('step');
    expect(bodyActs('منتمنّالكن سنة حلوة.')[0]).not.toContain('commitment');
    expect(bodyActs('نثق فيك تمامًا يا ليلى.')[0]).not.toContain('step');
  });

  it('require-next-step: a Levantine reply that offers two ways and a call back has its next step', () => {
    expect(found('require-next-step', email('القياس خلص هلّق. إذا بتحبّي، فيكي تاخدي قياس أكبر، أو منحجزلك قياسك ومنتصل فيكي أول ما يوصل.'))).toEqual([]);
  });

  it('reads «والله حقك» and «ماكو أحد يحب …» as sympathy, which then needs a next step', () => {
    expect(bodyActs('والله حقك، ماكو أحد يحب يوصل ويلگى موعده منلغي.')[0]).toEqual(['empathy']);
    expect(found('require-next-step', '@sam والله حقك، ماكو أحد يحب يوصل ويلگى موعده منلغي. متأسفين هواية.', 'social')).not.toEqual([]);
  });

  it('reads «اشحن» and the like as orders, so a vague pointer in them is reported', () => {
    expect(found('no-unclear-instructions', email('اشحن من المحطة الأخرى بتفعيل ذلك الخيار في التطبيق.'))).toEqual(['ذلك الخيار']);
  });
});

describe('no-overpromise (Arabic): the matter said closed, and "it can\'t happen again"', () => {
  it('reports «مسألة منتهية» on a time others keep, and «مستحيل … تاني»', () => {
    expect(found('no-overpromise', email('رفعنا المطالبة أمس، والمبلغ يرجع لك يوم الأربعاء الجاي، هذي مسألة منتهية.'))).toEqual(['مسألة منتهية']);
    expect(found('no-overpromise', '@sam اللعبة اتصلحت خلاص ومستحيل تقف بحد تاني.', 'social')).toEqual(['مستحيل تقف بحد تاني']);
    expect(found('no-overpromise', email('من المستحيل أن نعرف السبب قبل الفحص.'))).toEqual([]);
  });
});


describe('what a twenty-fourth Arabic set (ar-batch-24) showed, in words of our own', () => {
  it('no-negative-phrasing: what the customer should have done, the rule called common knowledge, blame asked, money not given back', () => {
    expect(found('no-negative-phrasing', email('كان لازم تفحص الطرد قبل ما توقّع على الاستلام.'))).toEqual(['كان لازم']);
    expect(found('no-negative-phrasing', email('الحجز يتلغى بعد ربع ساعة تأخير، وهذا شي معروف.'))).toEqual(['هذا شي معروف']);
    expect(found('no-negative-phrasing', '@sam هو حضرتك ما وصلكيش الإيميل اللي بعتناه الصبح؟', 'social')).toEqual(['ما وصلكيش']);
    expect(found('no-negative-phrasing', '@sam والتذكرة مابيترجعش حقها بعد العرض.', 'social')).toEqual(['مابيترجعش']);
    expect(found('no-negative-phrasing', email('ويُستوجب سداد القسط كاملًا قبل بدء الدورة.'))).toEqual(['يُستوجب سداد']);
    // The expectation said with «المفروض» is no blame: «المفروض إنك تستلم الطلب بكرة».
    expect(found('no-negative-phrasing', email('المفروض إنك تستلم الطلب بكرة الصبح.'))).toEqual([]);
  });

  it('the reader: blame asked is no question that moves the case; «أثمّة ما يمكنني …؟» and questions welcomed are the door', () => {
    expect(bodyActs('هو حضرتك ما وصلكيش الميساج اللي بعتناه؟')[0]).not.toContain('question');
    expect(bodyActs('أثمّة ما يمكنني فعله لك غير ذلك؟')[0]).toContain('invitation');
    expect(bodyActs('ونستقبل على هذا العنوان ما يستجدّ لديكِ من أسئلة.')[0]).toContain('invitation');
    // «عند» before a place is "at", not "when": the clause after it is no condition.
    expect(readReply(email('رُصد خصمان عند بوابة المحطة، وسيعيد البنك المبلغ خلال 48 ساعة، وهذا مؤكد.'), { language: 'ar', channel: 'email' }).body[0]!.reading.clauses[0]!.condition).toBe(false);
  });

  it('no-unclear-instructions: what was shown in person, a thing named by nothing, «وعاد» chaining, and «تعمل كالمعتاد»', () => {
    expect(found('no-unclear-instructions', email('ركّبي الإبرة متل ما فرجيتك بالمحل.'))).toEqual(['متل ما فرجيتك']);
    expect(found('no-unclear-instructions', email('وشدّي الشي يلي حدّ البكرة درجتين.'))).toEqual(['الشي يلي']);
    expect(found('no-unclear-instructions', email('بقية الأقسام تعمل كالمعتاد، ويمكنكم شراء التذاكر من الموقع.'))).toEqual([]);
  });
});
