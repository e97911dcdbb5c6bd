// What a thirteenth set of Arabic replies, by a writer who had not seen the rules, found the reader missing: any
// doubled-middle imperative («ركّب»، «بدّل») read from its form, a verb before «عليك» that takes it, an offer asked
// ("would you like us to …?") and "did it work?" as the door, the Maghrebi «إلا» of a condition, «تحية طيبة» as a
// sign-off, the mistake said back and "I told you" in the varieties, "never again" with words between, the bare present
// of others made certain, a demonstrative after its noun, and «يكفيك» made light of.
import { describe, expect, it } from 'vitest';
import { lint, readReply } from './index.js';

const reply = (body: string, signOff = 'مع خالص التحية،\nنور'): string => `مرحبا ليلى،\n\n${body}\n\n${signOff}`;
const reported = (rule: string, text: string, channel: 'email' | 'chat' | 'social' = 'email'): string[] =>
  lint(text, { language: 'ar', channel }).filter((m) => m.ruleId === rule).map((m) => m.actual ?? '');
const acts = (text: string): string[] => readReply(text, { language: 'ar', channel: 'chat' }).body[0]!.reading.acts;

describe('no-unclear-instructions in Arabic: steps read from the verb\'s form', () => {
  it('counts every doubled-middle imperative after «وبعدين» as a step of the chain', () => {
    const text = reply('افتح الكرتونة وبعدين ركّب الجوانب في القاعدة وبعدين ثبّت الرفوف بالمسامير وبعدين علّق البيبان.');
    expect(lint(text, { language: 'ar' }).filter((m) => m.ruleId === 'no-unclear-instructions').map((m) => m.reason)).toEqual(['4 خطوات في جملة واحدة؛ القائمة المرقّمة أسهل في الاتباع']);
  });

  it('reads a doubled-middle imperative after an opening clause as a step, and jargon in it is reported', () => {
    expect(acts('باش ترجع الجودة HD، بدّل الـ codec لـ HEVC.')).toEqual(['step']);
    // Not a noun or an adverb that only looks doubled («مرّة»، «جدّا»).
    expect(acts('مرّة واحدة تكفي.')).toEqual(['news']);
  });

  it('reads «يكفيكِ فقط» as a step made light of, and a thing named "the usual one" in it as vague', () => {
    expect(reported('no-unclear-instructions', reply('يكفيكِ فقط إدخال الرمز في الخانة المعتادة على العداد.'))).toEqual(['يكفيكِ فقط', 'الخانة المعتادة']);
  });

  it('reads a demonstrative after its noun («العلبة داك») as pointing at nothing named', () => {
    expect(reported('no-unclear-instructions', 'أمشي للعلبة داك وأقفل المفتاح، وبعد ربع ساعة أفتحو.', 'chat')).toEqual(['للعلبة داك']);
    expect(reported('no-unclear-instructions', 'اضغط ذلك الزر ثم أعد المحاولة.', 'chat')).toEqual(['ذلك الزر']);
  });
});

describe('the Arabic reader: what only looks like a step, and doors in other words', () => {
  it('takes «عليك» after a verb in the present for "on you", not a duty: «الله يسهّل عليك» is a prayer', () => {
    expect(acts('الله يسهّل عليك.')).toEqual(['news']);
    expect(acts('عليك أن ترسل الصورة.')).toEqual(['step']);
  });

  it('reads an offer asked as the door: of anything else only the door, of something in particular a question too', () => {
    expect(acts('هل تودّ أن أساعدك في أمر آخر اليوم؟')).toEqual(['invitation']);
    expect(acts('تحب أحجزلك على رحلة 9:15؟')).toEqual(['question', 'invitation']);
    expect(reported('require-next-step', 'أعتذر منك بشدة عن ضياع حقيبتك. هل تودّ أن أساعدك في أمر آخر اليوم؟', 'chat')).toEqual(['أعتذر منك بشدة عن ضياع حقيبتك.']);
    // The particular offer is the way forward after a no.
    expect(reported('no-negative-phrasing', 'للأسف رحلة الساعة 6 محجوزة بالكامل. تحب أحجزلك على رحلة 9:15؟', 'chat')).toEqual([]);
  });

  it('reads "did it work?" and the Maghrebi «إلا» of a condition as the door, and «تحية طيبة» closing an email as its sign-off', () => {
    expect(acts('ها، نفعت معاكي ولا نكلمك بالتليفون؟')).toEqual(['invitation']);
    expect(acts('ربي يحفظك، وإلا حبيت حاجة أخرى راحنا هنا.')).toEqual(['invitation']);
    expect(acts('لا نقبل إلا بطاقات الدفع.')).not.toContain('invitation');
    expect(reported('require-closing-invitation', reply('الشهادة متاحة الآن في حسابك.\n\nويسرّنا استقبال أسئلتك الأخرى.', 'تحية طيبة،\nريم عبد الله'))).toEqual([]);
    expect(reported('require-closing-invitation', reply('الشهادة متاحة الآن في حسابك.', 'تحية طيبة،\nريم عبد الله'))).toEqual(['الشهادة متاحة الآن في حسابك.']);
  });
});

describe('no-negative-phrasing in Arabic: the customer\'s mistake said back, and "I told you"', () => {
  it('reports them in the varieties, and leaves "as I told you" pointing at a step to the unclear rule', () => {
    expect(reported('no-negative-phrasing', 'الكود شغال من عدنا، إنت دخلته غلط. گلتلك من أول رسالة وما سمعت الكلام، وانتبه هالمرة.', 'chat')).toEqual(['دخلته غلط', 'گلتلك', 'ما سمعت الكلام', 'انتبه هالمرة']);
    expect(reported('no-negative-phrasing', 'اسقيها زي ما قلتلك.', 'chat')).toEqual([]);
  });
});

describe('no-overpromise in Arabic: never again, and the bare present of others', () => {
  it('reports "never again" with words between', () => {
    expect(reported('no-overpromise', reply('ونؤكد لكِ أن هذا الخطأ لن يتكرر معكِ أبداً في أي فندق من فنادقنا.'))).toEqual(['لن يتكرر معكِ أبداً']);
    expect(reported('no-overpromise', reply('نعمل على ألا يتكرر ذلك مجددًا.'))).toEqual([]);
  });

  it('reads «وأكيد يوصلك بكرة» (the Gulf present, certain, with a firm time) as an outcome others control', () => {
    expect(reported('no-overpromise', '@dana طلبك طلع مع المندوب اليوم، وأكيد يوصلك بكرة قبل الظهر.', 'social')).toEqual(['أكيد']);
  });

  it('reports the marker of certainty without the conjunction before it, and keeps a marker that starts with «و»', () => {
    expect(reported('no-overpromise', '@dana ووعد منا طلبك يوصلك بكرة قبل الظهر.', 'social')).toEqual(['وعد منا']);
    expect(reported('no-overpromise', '@dana وعد منا طلبك يوصلك بكرة قبل الظهر.', 'social')).toEqual(['وعد منا']);
  });
});
