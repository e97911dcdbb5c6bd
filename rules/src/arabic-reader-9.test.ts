// What a twenty-second Arabic set (ar-batch-22) showed the Arabic reader missing: spoken words of certainty on a time
// others keep, a rule held up beside a way forward, money that "doesn't come back", the door said open in Maghrebi, a
// conditional "send it to us" with its object on the verb, feelings taken for deeds, and steps that rest on what the
// customer is taken to know.
import { describe, expect, it } from 'vitest';
import { lint } from './index.js';

const email = (body: string): string => `مرحبا ليلى،\n\n${body}\n\nمع التحية،\nنور`;
const found = (rule: string, text: string, channel: 'email' | 'chat' | 'social' = 'email'): string[] =>
  lint(text, { language: 'ar', channel })
    .filter((m) => m.ruleId === rule)
    .map((m) => m.actual ?? '');

describe('no-overpromise (Arabic): a word of certainty on a time others keep', () => {
  it('reports the word, in its clause or one after the time', () => {
    expect(found('no-overpromise', email('سلّمنا الصناديق اليوم لشركة النقل، وهم عندكم صباح الأربعاء، بلا تأخير.'))).toEqual(['بلا تأخير']);
    expect(found('no-overpromise', email('القماش يوصل الميناء نهار الأحد، والتركيب عندك الثلاثاء الصبح، والموعد هذا ما يتزحزحش.'))).toEqual(['ما يتزحزحش']);
    expect(found('no-overpromise', email('الأمانة بتصدر التصريح الخميس، وخذها مني كلمة: السبت الصبح الشاحنات عندك.'))).toEqual(['خذها مني كلمة']);
  });

  it('leaves a word of certainty that is denied, a comparison, sympathy, and the writer\'s own future', () => {
    expect(found('no-overpromise', email('لم يعطنا المصنع حتى الآن تاريخ شحن مؤكدًا، وسأكتب لك يوم الأحد.'))).toEqual([]);
    expect(found('no-overpromise', email('إحنا زعلانين زيك بالظبط إن الشاشة وصلت مشروخة بعد ما استنيتها أسبوع كامل.'))).toEqual([]);
    expect(found('no-overpromise', email('سأتصل بك يوم الأحد الساعة الخامسة بالضبط.'))).toEqual([]);
  });
});

describe('no-negative-phrasing (Arabic): rules and closed doors', () => {
  it('reports «لا استثناءات» as the rule held up, even beside a way forward', () => {
    const text = email('المادة 11 من الشروط: تُقدَّم طلبات التعديل قبل 48 ساعة. لا استثناءات. وإن احتجتم إلى تفاصيل، فنحن على هذا البريد.');
    expect(found('no-negative-phrasing', text)).toEqual(['لا استثناءات']);
  });

  it('reports money that does not come back and a thing outside the warranty, with nothing offered', () => {
    expect(found('no-negative-phrasing', 'القبطان ما يستنى أحد، والمبلغ ما بيرجع.', 'chat')).toEqual(['ما بيرجع']);
    expect(found('no-negative-phrasing', 'جلد الدربكة ارتخى من الحر، وهاد الإشي ما بيدخل بالكفالة.', 'chat')).toEqual(['ما بيدخل بالكفالة']);
    expect(found('no-negative-phrasing', email('الطلبات المتأخرة لا يُنظر فيها.'))).toEqual(['لا يُنظر فيها']);
    // "Forget it" waves the request away even beside a way to object.
    expect(found('no-negative-phrasing', 'ترجيع التأمين ده انساه خالص. ولو مصمم تعترض، اترك الورقة عند البوابة.', 'chat')).toEqual(['انساه خالص']);
  });

  it('leaves "until it comes back" and a closed door with the way forward', () => {
    expect(found('no-negative-phrasing', 'خلي الجهاز عندنا لحد ما يرجع يشتغل، وبكلمك بكرة.', 'chat')).toEqual([]);
    expect(found('no-negative-phrasing', 'المبلغ ما بيرجع، بس بنحوله رصيد تستخدمه بأي رحلة خلال سنة.', 'chat')).toEqual([]);
  });
});

describe('the Arabic reader: invitations and deeds', () => {
  it('reads the door said open in Maghrebi, and "send it to us" on a condition, as invitations', () => {
    const base = 'راجعنا الطلب وبدلنا القطعة.';
    expect(found('require-closing-invitation', email(`${base} وإلا بغيتي شي حاجة من بعد، الباب ديالنا ديما مفتوح ليك.`))).toEqual([]);
    expect(found('require-closing-invitation', email(`${base} وإن وجدت أي ملاحظة عند فتح الصندوق، فصوّرها وأرسلها إلينا لنعالجها.`))).toEqual([]);
    // A wish is no door: the invitation is still missing, and goes before the wish, which stays last (b78a13f).
    expect(found('require-closing-invitation', email(`${base} نتمنى لك يومًا سعيدًا.`))).toEqual([base]);
  });

  it('does not read a feeling of the writers as a deed', () => {
    const text = email('وصلتنا رسالتج، وحسّينا بكل كلمة فيها. علي ولد ذكي، والأخصائية دايماً تمدح صبره. ترانا موجودين لج في أي وقت.');
    expect(found('require-next-step', text)).toHaveLength(1);
  });
});

describe('no-unclear-instructions (Arabic): what the customer is taken to know, and a step called easy', () => {
  it('reports them', () => {
    expect(found('no-unclear-instructions', email('ابعتلي الاسم عالنظام يلّي بتعرفه، وأنا بزيده قبل التذهيب.'))).toEqual(['يلّي بتعرفه']);
    expect(found('no-unclear-instructions', email('سيب الورقة اللي فاكرها عند الأخ على البوابة.'))).toEqual(['اللي فاكرها']);
    expect(found('no-unclear-instructions', email('اتركي الإيصال بالطريقة اللي بتعرفيها.'))).toEqual(['اللي بتعرفيها']);
    expect(found('no-unclear-instructions', email('احفظ الحليب بالطريقة اللي وصّيناك عليها.'))).toEqual(['اللي وصّيناك']);
    expect(found('no-unclear-instructions', email('ادخلي على الخانة المعهودة وفعّلي الخيار.'))).toEqual(['الخانة المعهودة']);
  });

  it('leaves a step that names its place, and a claim of ease the steps follow', () => {
    expect(found('no-unclear-instructions', email('الحل أيسر مما تتصور: افتح الإعدادات ثم اضغط على «تحديث».'))).toEqual([]);
    expect(found('no-unclear-instructions', email('افتحي التطبيق، ثم اختاري «الحجوزات» وفعّلي «التذكير».'))).toEqual([]);
  });
});

describe('no-unclear-instructions (Arabic): the numbered list keeps a verb that starts with «ف» or «و»', () => {
  it('takes the conjunction off a step, not the first letter of its verb', () => {
    const text = email('افتحي الإعدادات ثم فعّلي الخيار ثم أعيدي تشغيل التطبيق.');
    const [message] = lint(text, { language: 'ar', channel: 'email' }).filter((m) => m.ruleId === 'no-unclear-instructions');
    expect(message?.expected).toEqual(['1. افتحي الإعدادات.\n2. فعّلي الخيار.\n3. أعيدي تشغيل التطبيق.']);
    const joined = email('افتحي الإعدادات ثم امسحي الملفات وفعّلي الخيار ثم أعيدي تشغيل التطبيق.');
    const [again] = lint(joined, { language: 'ar', channel: 'email' }).filter((m) => m.ruleId === 'no-unclear-instructions');
    expect(again?.expected).toEqual(['1. افتحي الإعدادات.\n2. امسحي الملفات.\n3. فعّلي الخيار.\n4. أعيدي تشغيل التطبيق.']);
  });
});
