/**
 * Behaviour that mutants of the fifth sampled mutation run (rules/src, 60 lines, seed 5) changed without any test
 * failing: each case below fails under one or more of them. The cases are what a user would expect of the rules, not
 * of the code's shape.
 */
import { describe, expect, it } from 'vitest';
import { lint, readReply } from './index.js';

const email = (body: string): string => `Hi Sam,\n\n${body}\n\nLet me know if you have any questions.\n\nBest,\nAna`;
const arabic = (body: string): string => `مرحبا ليلى،\n\n${body}\n\nأخبرنا إذا كان لديك أي أسئلة أخرى.\n\nمع خالص التحية،\nنور`;
const reports = (rule: string, text: string, options: Parameters<typeof lint>[1] = {}): string[] =>
  lint(text, options)
    .filter((m) => m.ruleId === rule)
    .map((m) => `${m.line}:${m.column} ${m.actual}`);

describe('no-overpromise, beyond its phrase table', () => {
  it('reports a certain time for what a supplier delivers, where it is said', () => {
    expect(reports('no-overpromise', email('The new stock will come in on Monday.'))).toEqual(['3:28 on Monday']);
    // A placeholder's time is quoted as written, at its place.
    expect(reports('no-overpromise', email("You'll get it within {timeframe}."))).toEqual(['3:22 {timeframe}']);
  });

  it.each([
    ['hedged', 'The new stock may come in on Monday.'],
    ['inside a condition', "If the new stock comes in on Monday, I'll let you know."],
    ['in the past', 'The new stock came in on Monday.'],
    ["the writer's side's own time", 'We will be there by 10am to install it.'],
  ])('leaves a time alone when it is %s', (_kind, body) => {
    expect(reports('no-overpromise', email(body))).toEqual([]);
  });

  it('reads Arabic hedges and negations before the promise', () => {
    expect(reports('no-overpromise', arabic('سيصل طلبك غدًا.'), { language: 'ar' })).toEqual(['3:1 سيصل']);
    expect(reports('no-overpromise', arabic('لن يصل طلبك غدًا.'), { language: 'ar' })).toEqual([]);
    expect(reports('no-overpromise', arabic('قد يصل طلبك غدًا.'), { language: 'ar' })).toEqual([]);
  });
});

describe('the readers', () => {
  it('tells a specific Arabic apology from one for "any inconvenience"', () => {
    const specific = (body: string): boolean | undefined => readReply(arabic(body), { language: 'ar' }).sentences[1]!.reading.specific;
    expect(specific('نعتذر عن أي إزعاج.')).toBe(false);
    expect(specific('نعتذر عن تأخر طلبك.')).toBe(true);
  });

  it('reads a wish met with "but" as a refusal, with a curly apostrophe and without the comma', () => {
    const act = (sentence: string): string => readReply(`Hi Sam,\n\n${sentence}\n\nBest,\nAna`).sentences[1]!.act;
    expect(act('We’d love to add that, but it is not on our roadmap.')).toBe('refusal');
    expect(act('We would love to add that but it is not on our roadmap.')).toBe('refusal');
  });
});

describe('directives, jargon, and what messages carry', () => {
  it('honours a suppression comment written without a space after "<!--"', () => {
    const text = email('<!--replylint-disable-next-line no-negative-phrasing-->\nYou must restart it.');
    expect(reports('no-negative-phrasing', email('You must restart it.'), { format: 'markdown' })).not.toEqual([]);
    expect(reports('no-negative-phrasing', text, { format: 'markdown' })).toEqual([]);
  });

  it('takes a term in brackets as explained by the words around it', () => {
    expect(reports('no-unclear-instructions', email('Please update the DNS record in your dashboard.'))).toEqual(['3:19 DNS']);
    expect(reports('no-unclear-instructions', email('Please update the (DNS) record in your dashboard.'))).toEqual([]);
  });

  it('offers no rewrite for an unknown rule in a suppression, and notes the source of an Arabic limit', () => {
    const [suppression] = lint(email('<!-- replylint-disable no-such-rule -->\nThanks.'), { format: 'markdown' }).filter((m) => m.ruleId === 'valid-suppression');
    expect(suppression!.expected).toEqual([]);
    const [limit] = lint(arabic('لا يمكنني استرداد المبلغ.'), { language: 'ar' }).filter((m) => m.ruleId === 'no-negative-phrasing');
    expect(limit!.note).toContain('لا يريد العملاء محاضرة');
  });

  it('rewrites an Arabic "I\'m not sure" to fit what follows it', () => {
    const expected = (body: string): unknown => lint(arabic(body), { language: 'ar' }).find((m) => m.ruleId === 'no-uncertain-expertise')?.expected;
    expect(expected('لست متأكدا من موعد الشحن.')).toEqual(['دعني أتأكد']);
    expect(expected('لست متأكدا.')).toEqual(['دعني أتأكد من ذلك لك']);
  });
});
