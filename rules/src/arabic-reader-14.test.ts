/**
 * Steps in a chain are cut where each one starts. The Maghrebi «وعاد» ("and then") puts one step after another as «ثم»
 * does, and in a chain the words right before the first «ثم» are a step of their own, the opening purpose going with
 * them: «لإضافة سائق ادخل إلى حسابك ثم اضغط …» lists «لإضافة سائق ادخل إلى حسابك.» first, not merged with the step
 * after it.
 */
import { describe, expect, it } from 'vitest';
import { only, report } from '../test/helpers.js';
import { readReply } from './index.js';

const unclear = (text: string, channel: 'email' | 'chat' | 'social' = 'chat'): string[] => report('no-unclear-instructions', text, { channel, language: 'ar' });
const rewrite = (text: string): unknown => only('no-unclear-instructions', text, { channel: 'chat', language: 'ar' })[0]?.expected;

describe('the Maghrebi «وعاد» in a chain of steps', () => {
  const chain = 'باش تبدّل نهار التوصيل، حل التطبيق وعاد سير للحساب وعاد ورّك على الاشتراك وعاد بدّل النهار وعاد رجع للصفحة اللولة.';

  it('reports the chain and lists each step, the opening with the first', () => {
    const steps = '1. باش تبدّل نهار التوصيل، حل التطبيق.\n2. سير للحساب.\n3. ورّك على الاشتراك.\n4. بدّل النهار.\n5. رجع للصفحة اللولة.';
    expect(unclear(chain)).toEqual([`1:1-1:${chain.length + 1} no-unclear-instructions ${JSON.stringify(chain)} → ${JSON.stringify(steps)}`]);
  });

  it('leaves «وعاد» as "returned" alone', () => {
    expect(unclear('أعدنا تشغيل الخادم وعاد الموقع للعمل، وعاد معه سجل طلباتك كاملاً.', 'email')).toEqual([]);
    expect(unclear('صلّحنا العطل وعاد التطبيق يشتغل عادي. جرّب تفتحه وخبّرنا.')).toEqual([]);
  });
});

describe('the first step of a chain', () => {
  it('cuts it at the first «ثم» when a purpose opens the sentence', () => {
    expect(rewrite('لإضافة سائق ثانٍ ادخل إلى حسابك ثم اضغط «حجوزاتي» ثم اختر الحجز ثم اضغط «تعديل» ثم احفظ التغييرات.')).toEqual([
      '1. لإضافة سائق ثانٍ ادخل إلى حسابك.\n2. اضغط «حجوزاتي».\n3. اختر الحجز.\n4. اضغط «تعديل».\n5. احفظ التغييرات.',
    ]);
    expect(rewrite('عشان تلغي الباقة افتح التطبيق وبعد كده ادخل على "خدماتي" وبعد كده اختار "الباقات" وبعد كده دوس على الباقة.')).toEqual([
      '1. عشان تلغي الباقة افتح التطبيق.\n2. ادخل على "خدماتي".\n3. اختار "الباقات".\n4. دوس على الباقة.',
    ]);
  });
});

describe('a step after a time that opens its clause', () => {
  const actsOf = (sentence: string): string[] => readReply(sentence, { channel: 'chat', language: 'ar' }).body[0]!.reading.acts;

  it('reads the imperative after «ولحد ذاك الوقت»، «وفي الأثناء»، «حتى ذلك الحين» as a step, of any form', () => {
    for (const sentence of ['ولحد ذاك الوقت حوّل القاطع على الخط الثاني.', 'وفي الأثناء جرّبي الشاحن الثاني.', 'حتى ذلك الحين استخدم التطبيق بدل الموقع.', 'دلوقتي افتح التطبيق وشوف الفاتورة.']) {
      expect(actsOf(sentence), sentence).toContain('step');
    }
    // So a step pointed at what was said elsewhere is found there.
    const said = 'ولحد ذاك الوقت حوّل القاطع على الخط الثاني مثل ما گلنالك وتمشي أمورك.';
    const at = said.indexOf('مثل ما گلنالك') + 1;
    expect(unclear(said)).toEqual([`1:${at}-1:${at + 'مثل ما گلنالك'.length} no-unclear-instructions "مثل ما گلنالك"`]);
  });

  it('leaves a time that opens news alone', () => {
    expect(actsOf('في الوقت الحالي الخدمة متوقفة.')).not.toContain('step');
    expect(actsOf('الوقت المتوقع للتوصيل يومان.')).not.toContain('step');
  });
});
