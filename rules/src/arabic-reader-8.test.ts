// Arabic words of a trade (rules/src/lang/ar/trade-terms.ts): one in a step may be known, two or more in the steps of a
// paragraph are a vocabulary the customer is expected to share, as borrowed Latin terms are.
import { describe, expect, it } from 'vitest';
import { lint, readReply } from './index.js';

const email = (body: string): string => `مرحبا ليلى،\n\n${body}\n\nمع التحية،\nنور`;
const reports = (text: string): Array<[string, number]> =>
  lint(text, { language: 'ar', channel: 'email' })
    .filter((m) => m.ruleId === 'no-unclear-instructions')
    .map((m) => [m.actual ?? '', m.place.start.offset! - text.indexOf('\n\n') - 2]);

describe('no-unclear-instructions: the trade\'s own Arabic words in the steps', () => {
  it('reports each of two or more, at its place, with a conjunction or a preposition on it', () => {
    const body = 'نرجو تزويدنا بكشف مطابقة الذمم مع قيد التسوية المقابل.';
    expect(reports(email(body))).toEqual([
      ['مطابقة الذمم', body.indexOf('مطابقة')],
      ['قيد التسوية', body.indexOf('قيد')],
    ]);
    const electric = 'افحص مقاومة العزل بجهاز الميغر، ثم أعد تسليح القاطع.';
    expect(reports(email(electric)).map(([term]) => term)).toEqual(['مقاومة العزل', 'الميغر', 'تسليح القاطع']);
    // Diacritics and another form of a letter still match, and the report quotes the words as written.
    const marked = 'يرجى استخراج الصِّيغة التنفيذية وتقديمها مع السَّند التنفيذي.';
    expect(reports(email(marked)).map(([term]) => term)).toEqual(['الصِّيغة التنفيذية', 'السَّند التنفيذي']);
  });

  it('leaves one term alone, a term in quotes, a term explained where it stands, and words outside the steps', () => {
    expect(reports(email('نرجو تزويدنا بكشف مطابقة الذمم لشهر مارس.'))).toEqual([]);
    expect(reports(email('اختاري «قيد التسوية» من القائمة، ثم أرفقي «إشعار الدائن».'))).toEqual([]);
    expect(reports(email('أنشئي قيدًا عكسيًا، أي قيدًا يكرر الأرقام نفسها بالاتجاه المعاكس، ثم راجعي ميزان المراجعة.'))).toEqual([]);
    // News, not a step: the customer is told what was done, in the trade's words.
    expect(reports(email('أقفلنا الفرق في دفتر الأستاذ بعد قيد التسوية.'))).toEqual([]);
  });
});

const reported = (rule: string, text: string, channel: 'email' | 'chat' | 'social' = 'social'): string[] =>
  lint(text, { language: 'ar', channel }).filter((m) => m.ruleId === rule).map((m) => m.actual ?? '');

describe('no-negative-phrasing: the outcome disowned in the varieties, and the talk shut', () => {
  it.each([
    ['الإغلاق مش من عنّا، الدفاع المدني هو اللي قرّر.', 'مش من عنا'],
    ['التأخير بالألبوم مو صوجنا، المطبعة هي اللي مأخّرة.', 'مو صوجنا'],
    ['البحر كان هايج، وهذي أمور ما بيدنا.', 'ما بيدنا'],
    ['الموج كان عالي، شو طالع بإيدنا نعمل؟', 'شو طالع بإيدنا'],
    ['الطير بدون حلقة ما ينحسب، وهاي قاعدة ما تنكسر.', 'قاعدة ما تنكسر'],
    ['ما نرجّع العربون، وخلص الحچي.', 'خلص الحچي'],
    ['مين حكالك تختار الشحن العادي؟', 'مين حكالك'],
  ])('%s', (text, actual) => {
    expect(reported('no-negative-phrasing', text).map((a) => a.replace(/[\u064B-\u0652\u0640]/gu, ''))).toContain(actual);
  });

  it('leaves the same words where they take the outcome on, or ask nothing of the customer', () => {
    expect(reported('no-negative-phrasing', 'التوصيل من عندنا، وسيصلك الطلب مع مندوبنا.')).toEqual([]);
    expect(reported('no-negative-phrasing', 'كل شي بإيدنا رح نعمله، وبنرجعلك اليوم.')).toEqual([]);
    expect(reported('no-negative-phrasing', 'خلصنا الكلام مع المورّد، والقطعة بالطريق.')).toEqual([]);
  });
});

describe('Arabic reader: feelings and understanding are no deeds; an inbox said open is a door', () => {
  const acts = (text: string, channel: 'email' | 'chat' | 'social' = 'social'): string[][] => readReply(text, { language: 'ar', channel }).body.map((s) => s.reading.acts);
  it('reads «زعلنا كتير» and «فهمناك» as no action, and «رجّعنالك المبلغ» still as one', () => {
    expect(acts('زعلنا كتير.')[0]).not.toContain('action');
    expect(acts('فهمناك، وصعيب برشا.')[0]).not.toContain('action');
    expect(acts('رجّعنالك المبلغ.')[0]).toContain('action');
  });

  it('takes «وصندوق بريدنا مفتوح لك دائمًا» for the door left open', () => {
    const text = 'الأستاذ كنان،\n\nشكرًا لمراسلتك. أرسلنا لك النسخ البديلة اليوم. وصندوق بريدنا مفتوح لك دائمًا.\n\nمع التقدير،\nاستوديو الإبرة';
    expect(reported('require-closing-invitation', text, 'email')).toEqual([]);
  });
});
