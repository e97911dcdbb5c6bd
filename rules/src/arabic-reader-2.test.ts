// Arabic written in the ways a second round of replies written for the project showed: spoken futures and
// certainty, a deed and a promise in one sentence, sanctions and rules on anything of the customer's, spoken
// invitations, and minimised or vague steps in more forms.
import { describe, expect, it } from 'vitest';
import { lint, readReply } from './index.js';

const reply = (body: string): string => `مرحبا ليلى،\n\n${body}\n\nمع خالص التحية،\nنور`;
const reported = (rule: string, body: string, channel: 'email' | 'social' = 'email'): string[] =>
  lint(channel === 'email' ? reply(body) : body, { language: 'ar', channel }).filter((m) => m.ruleId === rule).map((m) => m.actual ?? '');
const act = (body: string): string => readReply(reply(body), { language: 'ar' }).sentences[1]!.act;

describe('no-overpromise in Arabic: the clause that promises, and the spoken future', () => {
  it.each([
    ['قمت بإلغاء الخصم الثاني، وسيتم إيداع المبلغ في حسابك البنكي خلال 24 ساعة.', 'خلال'],
    ['تم إرسال الحوالة وبتوصل لحساب المستفيد خلال ساعة أكيد.', 'أكيد'],
    ['المندوب راح يجيك بكرة الساعة 10 بالضبط.', 'بالضبط'],
  ])('reports %j at %j', (body, actual) => {
    expect(reported('no-overpromise', body)).toEqual([actual]);
  });

  it.each([
    // The time beside the writer's own deed is the deed's; a threat is not a promise; a hedge is honest.
    'أرسلت لك اليوم طلبًا بديلًا، وستصلك رسالة بها رقم التتبع.',
    'في حال تكرار ذلك سيتم إيقاف بطاقتك فورًا.',
    'قمت بإلغاء الخصم الثاني، ومن المتوقع أن يصل المبلغ إلى حسابك خلال 3 أيام عمل.',
  ])('leaves %j alone', (body) => {
    expect(reported('no-overpromise', body)).toEqual([]);
  });
});

describe('no-negative-phrasing in Arabic: sanctions on anything of the customer\'s, and rules', () => {
  it.each([
    ['في حال تكرار ذلك سيتم إيقاف بطاقتك فورًا.', 'إيقاف'],
    ['سيتم إيقاف الخط نهائيًا إذا لم يتم السداد خلال 48 ساعة.', 'إيقاف'],
    ['يُمنع نشر صور الطلبات في المجموعة.', 'يُمنع'],
  ])('reports %j at %j', (body, actual) => {
    expect(reported('no-negative-phrasing', body)).toEqual([actual]);
  });

  it.each([
    // What the customer asked for, and a warning that keeps their password safe.
    'سيتم إيقاف التجديد التلقائي كما طلبتِ، ولن يُخصم أي مبلغ بعد اليوم.',
    'يُمنع مشاركة كلمة المرور مع أي شخص، حتى مع موظفينا.',
  ])('leaves %j alone', (body) => {
    expect(reported('no-negative-phrasing', body)).toEqual([]);
  });
});

describe('the Arabic reader: an invitation in spoken Arabic', () => {
  it('reads a conditional "tell me" as the door left open', () => {
    expect(act('إذا حبيت ترجع تشترك بأي وقت، احكيلي وبرتبلك عرض خاص.')).toBe('invitation');
    expect(reported('require-closing-invitation', 'تم إلغاء التجديد التلقائي. إذا حبيت ترجع تشترك بأي وقت، احكيلي.')).toEqual([]);
  });
});

describe('no-unclear-instructions in Arabic: minimised and vague steps in more forms', () => {
  it.each([
    ['فقط حدّثي بيانات الدفع من هناك.', ['فقط', 'من هناك']],
    ['ما عليك سوى تحديث التطبيق.', ['ما عليك سوى']],
  ])('reports %j', (body, actual) => {
    expect(reported('no-unclear-instructions', body)).toEqual(actual);
  });

  it('reads a step after an emoji, and counts spoken steps chained with «ثم»', () => {
    expect(reported('no-unclear-instructions', '@lama سهلة 😊 فقط ألغي التجديد وخلاص.', 'social')).toEqual(['فقط']);
    const chained = lint(reply('فقط ادخل على البوابة ثم اختار الخدمات ثم ارفع المستندات ثم ادفع الرسوم.'), { language: 'ar' }).filter((m) => m.ruleId === 'no-unclear-instructions');
    expect(chained.map((m) => m.reason)).toContain('4 خطوات في جملة واحدة؛ القائمة المرقّمة أسهل في الاتباع');
  });

  it.each([
    // «فقط» as "only", and «من هناك» after a place named.
    'أرسل لنا صورة واحدة فقط.',
    'افتح قائمة الإعدادات ومن هناك اختر «الحساب».',
  ])('leaves %j alone', (body) => {
    expect(reported('no-unclear-instructions', body)).toEqual([]);
  });
});

describe('the Arabic reader: work in progress by the team, the writers\' spoken future, and a spoken open door', () => {
  it.each([
    ['فريقنا يعمل على إصلاح العطل الآن.', 'action'],
    ['راح نتصل فيك بكرة الصبح.', 'commitment'],
    ['بنرسل لك رقم التتبع اليوم.', 'commitment'],
    ['أنا موجود إذا احتجت شي.', 'invitation'],
    ['نحن بالخدمة دائمًا.', 'invitation'],
  ])('%j is %s', (body, expected) => {
    expect(act(body)).toBe(expected);
  });

  it('takes them for a next step after an apology, and for the closing invitation', () => {
    expect(reported('require-next-step', 'آسفين على التأخير، راح نتصل فيك بكرة الصبح.', 'social')).toEqual([]);
    expect(reported('require-next-step', '@sara نعتذر. فريقنا يعمل على إصلاح العطل الآن.', 'social')).toEqual([]);
    expect(reported('require-closing-invitation', 'قمت باسترداد رسوم الشحن. أنا موجود إذا احتجت شي.')).toEqual([]);
  });
});

describe('no-negative-phrasing in Arabic: lectures, blame, refusals and the burden in more words', () => {
  it.each([
    ['لقد أخبرناك بذلك من قبل.', 'أخبرناك بذلك'],
    ['أنت لم تتبع التعليمات.', 'لم تتبع'],
    ['طلبك مرفوض.', 'مرفوض'],
    ['ما نقدر نسوي لك شي.', 'ما نقدر'],
    ['لا نقبل الإرجاع بعد 14 يومًا.', 'لا نقبل'],
    ['عليك الانتظار حتى نرد عليك.', 'عليك'],
  ])('reports %j at %j', (body, actual) => {
    expect(reported('no-negative-phrasing', body)).toEqual([actual]);
  });

  it.each([
    // "All that we can", and «عليك» as "to you" after the verb that takes it.
    'سنفعل كل ما نقدر عليه لحل المشكلة اليوم.',
    'سنعرض عليك خيارين بعد مراجعة الطلب.',
    'لا تقلق، لن يتم خصم أي مبلغ.',
  ])('leaves %j alone', (body) => {
    expect(reported('no-negative-phrasing', body)).toEqual([]);
  });
});

describe('no-overpromise in Arabic: «ست» + a verb, and the clause that both promises and names what is delivered', () => {
  it.each([
    ['شركة الشحن ستسلمك الطرد يوم الأحد.', 'الأحد'],
    ['بالتأكيد ستُحل المشكلة بعد التحديث.', 'بالتأكيد'],
    ['ستستلم البطاقة الجديدة خلال 3 أيام عمل.', 'خلال'],
    ['ستفرج الجمارك عنها يوم الأحد، وستصلك مع شركة الشحن يوم الإثنين.', 'الإثنين'],
  ])('reports %j at %j', (body, actual) => {
    expect(reported('no-overpromise', body)).toEqual([actual]);
  });

  it.each(['يبلغ عدد الطلبات ستة طلبات هذا الأسبوع.', 'من المتوقع أن تصلك الشحنة غدًا.'])('leaves %j alone', (body) => {
    expect(reported('no-overpromise', body)).toEqual([]);
  });
});

describe('no-unclear-instructions in Arabic: «أعد …» in more verbs', () => {
  it.each([
    ['فقط أعد ضبط الراوتر.', 'فقط'],
    ['أعد التثبيت بالطريقة المعتادة.', 'بالطريقة المعتادة'],
  ])('reports %j at %j', (body, actual) => {
    expect(reported('no-unclear-instructions', body)).toEqual([actual]);
  });
});

describe('the Arabic reader: the writer\'s deeds in the first person singular', () => {
  it.each(['نقلت اقتراحك إلى فريق المنتج.', 'حولت طلبك إلى قسم الفواتير.', 'أنشأت لك تذكرة جديدة برقم 4411.', 'استبدلت الجهاز المعطوب بجهاز جديد.', 'تابعت شحنتك مع قسم التخليص.'])('reads «%s» as an action', (body) => {
    expect(act(body)).toBe('action');
  });
});

describe('the Arabic reader: a purpose or a «let\'s» ended by a colon opens the steps below', () => {
  const lead = (line: string): string => readReply(`مرحبا ليلى،\n\n${line}\n\n1. افتح التطبيق\n2. اضغط على الإعدادات\n\nمع خالص التحية،\nنور`, { language: 'ar' }).sentences[1]!.act;

  it.each(['لتغيير عنوان الشحن:', 'لنُحدّث بيانات الدفع معًا:'])('reads «%s» as a step', (line) => {
    expect(lead(line)).toBe('step');
  });

  it.each(['للأسف، هذا ما حدث:', 'لذلك قمنا بما يلي:'])('leaves «%s» to what it says', (line) => {
    expect(lead(line)).not.toBe('step');
  });
});
