/**
 * Tests for the mutants a scoped Stryker run left alive in score.ts, no-wall-of-text.ts and require-next-step.ts
 * (MUTATION_TESTS=rules/src, 373 mutants, 75.8% before these). Each asserts an exact output a survivor changed.
 */
import { describe, expect, it } from 'vitest';
import { lint, review, ruleNames, rules, scoreReply, type ReplyMessage } from './index.js';
import { email, only, report } from '../test/helpers.js';
import { modelReplies } from './checklist.test.js';

describe('the score charges a report once, by its own part', () => {
  const message = (ruleId: string, reason: string): ReplyMessage => ({ ruleId, reason, severity: 'warn' }) as unknown as ReplyMessage;
  const { checklist } = review(modelReplies.damagedPackage);
  // No closing invitation (the part is marked down); no apology was due (the part keeps its points).
  const marked = { ...checklist, closingInvitation: { present: false, expected: true }, apology: { present: false, expected: false, specific: false } } as typeof checklist;

  it('charges nothing for a report that restates a part already marked down', () => {
    const score = scoreReply(marked, [message('require-closing-invitation', 'no invitation')]);
    expect(score.breakdown.filter((line) => line.ruleId !== undefined)).toEqual([]);
    expect(score.score).toBe(85);
  });

  it("charges a part's report when that part kept its points, though another part is marked down", () => {
    const score = scoreReply(marked, [message('no-generic-apology', 'a generic apology')]);
    expect(score.breakdown.filter((line) => line.ruleId !== undefined)).toEqual([
      { label: 'Apology that names the problem: a generic apology', points: -5, max: 0, ruleId: 'no-generic-apology', reason: 'a generic apology' },
    ]);
    expect(score.score).toBe(80);
  });

  it('charges every report of a rule with no part, each on its own line', () => {
    const score = scoreReply(checklist, [message('no-negative-phrasing', 'one'), message('no-negative-phrasing', 'two'), message('no-wall-of-text', 'three')]);
    expect(score.breakdown.filter((line) => line.ruleId !== undefined).map((line) => [line.label, line.points])).toEqual([
      ['Positive wording: one', -5],
      ['Positive wording: two', -5],
      ['Short paragraphs: three', -5],
    ]);
    expect(score.score).toBe(85);
  });
});

describe('no-wall-of-text counts words and sentences exactly', () => {
  const id = 'no-wall-of-text';
  const strict = (words: number, sentences: number): Parameters<typeof lint>[1] => ({ rules: { [id]: ['warn', { maxParagraphWords: words, maxParagraphSentences: sentences }] } });
  const reason = (body: string, words = 3, sentences = 7): string | undefined => only(id, email(body), strict(words, sentences))[0]?.reason;

  it('takes digits, Latin, Greek to Arabic letters for words, and the characters just outside those ranges for none', () => {
    // Words: 0 9 A Z a z À ɏ Ͱ ῿ (the first and last of each range). None: / : @ [ ` { ¿ ɐ ‐ (each just outside one).
    expect(reason('0 9 / : @ A Z [ ` a z { ¿ À ɏ ɐ Ͱ ῿ ‐')).toBe('A paragraph of 10 words and 0 sentences is hard to scan; break it up with line breaks, bullets or steps');
  });

  it('ends a sentence at . ! ? and ؟, once for a run of them, not after a space and not inside a number', () => {
    expect(reason('One. Two! Three? Four؟ Five... Six', 99, 3)).toBe('A paragraph of 6 words and 5 sentences is hard to scan; break it up with line breaks, bullets or steps');
    // A mark after a space ends nothing; a full stop inside "1.2" or an address ends nothing.
    expect(reason('Go . Go . Go . Go . Version 1.2 is out at example.com now', 99, 1)).toBeUndefined();
    expect(reason('Wait... Go. Version 1.2 is out.', 99, 2)).toBe('A paragraph of 6 words and 3 sentences is hard to scan; break it up with line breaks, bullets or steps');
  });

  it('reports the first sentence of the paragraph that is the wall, not of the reply', () => {
    const wall = 'I checked the order. '.repeat(10).trim();
    const text = email(`Thanks for writing in.\n\n${wall}`);
    expect(report(id, text, strict(20, 7))).toEqual(['5:1-5:21 no-wall-of-text "I checked the order."']);
  });

  it('leaves a list alone, however it is numbered, but not a line that only contains a number and a bracket', () => {
    const items = Array.from({ length: 12 }, (_, i) => `${i + 10}. Check the order history and the payment log again`).join('\n');
    expect(report(id, email(items))).toEqual([]);
    const wrapped = `${'We checked the order history and the payment log. '.repeat(12)}\nv2) was the release that changed it.`;
    expect(report(id, email(wrapped))).toEqual(['3:1-3:50 no-wall-of-text "We checked the order history and the payment log."']);
  });

  it('gives an Arabic report its Arabic note, and an English one the rule\'s note', () => {
    const arabic = `مرحبا ليلى،\n\n${'راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن. '.repeat(10)}\n\nمع خالص التحية،\nنور`;
    expect(only(id, arabic, { language: 'ar' })[0]!.note).toMatch(/^الردود الطويلة تُقرأ أسهل بالنقاط/);
    expect(only(id, email('We checked the order history and the payment log. '.repeat(12)))[0]!.note).toMatch(/^Long replies read better with bullets/);
  });
});

describe('require-next-step without an apology', () => {
  const id = 'require-next-step';
  it("reports on the body's last paragraph, with the message that says so, in English and in Arabic", () => {
    const text = email('Thanks for writing in.\n\nWe had a busy week.\n\nDelays happen in winter.');
    expect(report(id, text)).toEqual(['7:1-7:25 require-next-step "Delays happen in winter."']);
    expect(only(id, text)[0]!.reason).toBe('This reply has no next step; say what you have done, what will happen next, or what the customer can do');
    const arabic = 'مرحبا ليلى،\n\nشكرًا لتواصلك معنا.\n\nالتأخير يحدث في الشتاء.\n\nمع خالص التحية،\nنور';
    const [message] = only(id, arabic, { language: 'ar' });
    expect(message!.reason).toBe('لا يحتوي هذا الرد على خطوة تالية؛ قل ما فعلته، أو ما سيحدث بعد ذلك، أو ما يمكن للعميل فعله');
    expect(message!.note).toMatch(/^لا تدع عبارة/);
    expect(only(id, text)[0]!.note).toMatch(/^"Don't let the placating/);
  });

  it('leaves a chat reply about a problem alone when it does not apologise', () => {
    // The checklist finds no next step in either; only an apology with nothing behind it is reported in chat.
    expect(review('Your parcel is lost.', { channel: 'chat' }).checklist.nextStep).toEqual({ present: false, expected: true });
    expect(report(id, 'Your parcel is lost.', { channel: 'chat' })).toEqual([]);
    expect(report(id, 'We cannot refund this order.', { channel: 'social' })).toEqual([]);
  });
});

describe('what the rules show a trainer and the docs', () => {
  it('names every rule in the words a trainer uses', () => {
    expect(ruleNames).toEqual({
      'no-negative-phrasing': 'Positive wording',
      'require-next-step': 'Gives a next step',
      'require-closing-invitation': 'Invites the customer back',
      'no-overpromise': 'Promises only what is certain',
      'no-unclear-instructions': 'Clear instructions',
      'no-generic-apology': 'Apology that names the problem',
      'no-uncertain-expertise': 'Sounds sure and competent',
      'no-generic-greeting': 'Greets the customer by name',
      'require-thanks': 'Thanks the customer',
      'no-tone-mismatch': 'Tone that fits the situation',
      'no-wall-of-text': 'Short paragraphs',
      'no-unfilled-placeholder': 'No placeholder left in',
      'team-phrases': "The team's own phrases",
      'valid-suppression': 'Valid replylint comments',
    });
    expect(Object.keys(ruleNames).sort()).toEqual(rules.map((rule) => rule.meta.id).sort());
  });

  it.each(rules.flatMap((rule) => [['en', rule.meta.example] as const, ...Object.entries(rule.meta.examples ?? {})].filter(([, example]) => example).map(([language, example]) => [rule.meta.id, language, example!] as const)))(
    '%s in %s: the good example is a reply of its own, which the rule leaves alone',
    (id, language, example) => {
      expect(example.good.trim()).not.toBe('');
      expect(example.good).not.toBe(example.bad);
      const options = { language: language as 'en' | 'ar', rules: { [id]: 'warn' as const } };
      expect(lint(example.good, options).filter((m) => m.ruleId === id)).toEqual([]);
    },
  );
});
