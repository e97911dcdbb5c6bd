// What a seventeenth and an eighteenth set of Arabic replies, by writers who had not seen the rules, found the reader
// missing: the way out said as the answer («والحل أن تولّد …»), and the rest each test names.
import { describe, expect, it } from 'vitest';
import { lint, readReply } from './index.js';

const email = (body: string, signOff = 'مع التحية،\nنور', greeting = 'مرحبا ليلى،'): string => `${greeting}\n\n${body}\n\n${signOff}`;
const reported = (rule: string, text: string, channel: 'email' | 'chat' | 'social' = 'email'): string[] =>
  lint(text, { language: 'ar', channel }).filter((m) => m.ruleId === rule).map((m) => m.actual ?? '');
const acts = (text: string, channel: 'email' | 'chat' | 'social' = 'chat'): string[][] => readReply(text, { language: 'ar', channel }).body.map((s) => s.reading.acts);

describe('Arabic reader: the way out said as the answer is a step', () => {
  it('reads «والحل أن تولّد …» and the spoken «فالحل إنك تعمل …» as steps, which then hold their jargon', () => {
    expect(acts('والحل أن تولّد مفتاحًا جديدًا من لوحة التحكم.')[0]).toContain('step');
    expect(acts('فالحل إنك تعمل إعادة تشغيل للراوتر.')[0]).toContain('step');
    expect(acts('الحل هو أن تحدّث التطبيق من المتجر.')[0]).toContain('step');
    // Steps are a next step: an email of them gets no report of a missing one, and their trade's words are jargon.
    const text = email('والحل أن تولّد مفتاحًا جديدًا من الـ developer console، وتحدّث الـ CSID في إعدادات الـ POS.\n\nوإذا احتجت أي مساعدة أخرى فراسلنا.');
    expect(reported('require-next-step', text)).toEqual([]);
    expect(reported('no-unclear-instructions', text)).toEqual(['developer', 'CSID', 'POS']);
  });

  it('leaves a solution the writer found and applied', () => {
    expect(acts('الحل كان بسيطًا وقد طبّقناه على حسابك.')[0]).not.toContain('step');
  });
});
