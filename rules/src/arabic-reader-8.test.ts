// Arabic words of a trade (rules/src/lang/ar/trade-terms.ts): one in a step may be known, two or more in the steps of a
// paragraph are a vocabulary the customer is expected to share, as borrowed Latin terms are.
import { describe, expect, it } from 'vitest';
import { lint } from './index.js';

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
