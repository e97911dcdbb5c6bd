/**
 * Tests for the mutants that a sampled Stryker run left alive (scripts/mutation-sample.mjs rules/src 40 31,
 * MUTATION_TESTS=rules/src: the core's tests only). Each case asserts an exact output (a message, its range, its
 * rewrites, a part of the checklist, the prose of markup) that a survivor changed.
 */
import { describe, expect, it } from 'vitest';
import { lint, proseOf, review, type LintOptions, type ReplyMessage } from './index.js';

/** The messages of one rule, as `start-end "actual" → expected | message` (offsets in UTF-16 units). */
const messages = (ruleId: string, text: string, options: LintOptions = {}): string[] =>
  lint(text, options)
    .filter((m: ReplyMessage) => m.ruleId === ruleId)
    .map((m) => `${m.place.start.offset}-${m.place.end.offset} ${JSON.stringify(m.actual)} → ${JSON.stringify(m.expected)} | ${m.message}`);

/** The text of a checklist part, or undefined when the reply has none. */
const partText = (text: string, part: 'signOff' | 'greeting' | 'nextStep', options: LintOptions = {}): string | undefined => {
  const range = review(text, options).checklist[part].range;
  return range ? text.slice(range.start, range.end) : undefined;
};

describe('a rewrite that only adds before a long flagged sentence (lint.ts, bounded)', () => {
  /** A reply with no thanks whose first body sentence is `length` characters long, and the require-thanks report. */
  const thanks = (length: number) => {
    const opening = 'I have checked your order and it left our warehouse this morning';
    const sentence = `${opening}${' with the rest'.repeat(40)}`.slice(0, length - 1) + '.';
    const text = `Hi Sam,\n\n${sentence}\n\nLet me know if you have questions.\n\nBest,\nAna`;
    const message = lint(text).find((m) => m.ruleId === 'require-thanks')!;
    return { sentence, message };
  };

  it('quotes the sentence up to 300 characters, with the thanks before it', () => {
    const { sentence, message } = thanks(300);
    expect(message.actual).toBe(sentence);
    expect(message.place).toMatchObject({ start: { offset: 9 }, end: { offset: 309 } });
    expect(message.expected).toEqual([`Thank you for reaching out. ${sentence}`]);
  });

  it("past 300 characters offers the thanks alone, inserted at the sentence's start", () => {
    const { message } = thanks(301);
    expect(message.actual).toBe('');
    expect(message.place).toMatchObject({ start: { offset: 9 }, end: { offset: 9 } });
    expect(message.expected).toEqual(['Thank you for reaching out. ']);
  });
});

describe('the prose of HTML: a block tag becomes line breaks (prose.ts)', () => {
  it('a <br> is one line break, not a paragraph break', () => {
    expect(proseOf('Line one<br>Line two', 'html')).toBe('Line one\n   Line two');
  });

  it('a list item and a table cell open and close with one line break; a paragraph and a list with two', () => {
    expect(proseOf('<ul><li>One</li><li>Two</li></ul>', 'html')).toBe('\n\n  \n   One\n    \n   Two\n    \n\n   ');
    expect(proseOf('<table><tr><td>A</td><td>B</td></tr></table>', 'html')).toBe('\n\n     \n\n  \n   A\n    \n   B\n    \n\n           ');
    expect(proseOf('<p>Hi Sam,</p><p>Thanks.</p>', 'html')).toBe('\n\n Hi Sam,\n\n  \n\n Thanks.\n\n  ');
  });
});

describe('a name or initials after the last sentence of a tweet are its sign-off (structure.ts, trailingName)', () => {
  it('takes the initials alone, from just after the sentence stop, on a long line', () => {
    const text = 'Sorry for the trouble this has caused, we are looking into it for you right now. UO';
    expect(partText(text, 'signOff', { channel: 'social' })).toBe('UO');
  });

  it('takes a first name alone on a short line', () => {
    expect(partText('Sorry for the trouble. Lewis', 'signOff', { channel: 'social' })).toBe('Lewis');
  });
});

describe('no-overpromise in Arabic: two phrases of one promise side by side are one report (no-overpromise-ar.ts)', () => {
  it('quotes the joined span in the message and reports it once', () => {
    const text = 'مرحبا ليلى،\n\nالمشكلة انحلت ومش هتتكرر تاني أبدًا.\n\nمع خالص التحية،\nنور';
    expect(messages('no-overpromise', text)).toEqual(['28-48 "مش هتتكرر تاني أبدًا" → ["نتخذ خطوات حتى لا يتكرر ذلك"] | «مش هتتكرر تاني أبدًا» وعد لا يستطيع أحد ضمانه']);
  });
});

/** A reply around one body paragraph, with thanks and a closing invitation so those rules stay quiet. */
const email = (body: string): string => `Hi Sam,\n\nThanks for asking. ${body}\n\nLet me know if that helps.\n\nBest,\nAna`;

describe('no-negative-phrasing: words in capitals read as shouting from the first order word on (shoutingRuns)', () => {
  it('reports a run of two capital words that opens with an order word, with its sentence-case rewrite', () => {
    expect(messages('no-negative-phrasing', email('PLEASE READ the manual before you start.'))).toEqual([
      '28-39 "PLEASE READ" → ["Please read"] | "PLEASE READ" in capitals reads as shouting; write it in sentence case',
    ]);
  });

  it('starts the run at its order word, after an acronym', () => {
    expect(messages('no-negative-phrasing', email('Check the FAQ PLEASE READ it first.'))).toEqual([
      '42-53 "PLEASE READ" → ["please read"] | "PLEASE READ" in capitals reads as shouting; write it in sentence case',
    ]);
  });

  it('leaves an order word that ends a run of acronyms alone: one word in capitals is not shouting', () => {
    expect(messages('no-negative-phrasing', email('Use the HTTPS API ONLY for this.'))).toEqual([]);
  });

  it("leaves a template's stand-in in capitals for the agent to fill in", () => {
    expect(messages('no-negative-phrasing', email('INSERT YOUR NAME HERE when you reply.'))).toEqual([]);
  });
});

describe('no-unclear-instructions: who reads the reply, and what is not a step (no-unclear-instructions.ts)', () => {
  it('a step made light of is reported for a lay reader', () => {
    expect(messages('no-unclear-instructions', email('Simply paste SAVE10 into the coupon box.'))).toEqual([
      '28-40 "Simply paste" → [] | "Simply paste" minimises a step the customer may not know how to do; say exactly where and how',
    ]);
  });

  it('a reply quoting code is written to a developer, who is not told the step is made light of', () => {
    expect(messages('no-unclear-instructions', email('Simply paste `SAVE10` into the coupon box.'))).toEqual([]);
  });

  it('two words of the trade make a developer the reader; one does not', () => {
    expect(messages('no-unclear-instructions', email('Just push the commit to your branch and reopen it.'))).toEqual([]);
    expect(messages('no-unclear-instructions', email('Just push the commit and reopen it.'))).toEqual([
      '28-37 "Just push" → [] | "Just push" minimises a step the customer may not know how to do; say exactly where and how',
    ]);
  });

  it('"a few steps away" makes light of the steps, but not when a distance follows ("away from the station")', () => {
    expect(messages('no-unclear-instructions', email("To reset it, it's just a few steps away."))).toEqual([
      `41-67 "it's just a few steps away" → [] | "it's just a few steps away" makes light of the steps; give them, or where to find them`,
    ]);
    expect(messages('no-unclear-instructions', email("To reach the store, it's just a few steps away from the station."))).toEqual([]);
  });

  it('a term after a "never" in the same clause is a warning, not jargon; a "don\'t" before the last stop is not read', () => {
    expect(messages('no-unclear-instructions', email('Restart the router and check the DNS settings.'))).toEqual([
      '61-64 "DNS" → [] | "DNS" is jargon the customer may not know; explain it or give the exact steps',
    ]);
    expect(messages('no-unclear-instructions', email('Restart the router, but never change the DNS settings.'))).toEqual([]);
    expect(messages('no-unclear-instructions', email("First restart the router and don't unplug it; then check the DNS settings."))).toEqual([
      '89-92 "DNS" → [] | "DNS" is jargon the customer may not know; explain it or give the exact steps',
    ]);
  });
});

describe('no-unclear-instructions in Arabic: a borrowed term in a link\'s text is not counted (reportBorrowedTerms)', () => {
  const arabic = (body: string): string => `مرحبا ليلى،\n\n${body}\n\nمع خالص التحية،\nنور`;
  const markdown: LintOptions = { format: 'markdown' };

  it('counts two borrowed terms in an instruction and reports each', () => {
    expect(messages('no-unclear-instructions', arabic('ادخلي للـ dashboard وفعّلي الـ feed.'), markdown)).toEqual([
      '23-32 "dashboard" → [] | «dashboard» مصطلح تقني قد لا يعرفه العميل؛ اشرحه أو أعطِ الخطوات بالضبط',
      '44-48 "feed" → [] | «feed» مصطلح تقني قد لا يعرفه العميل؛ اشرحه أو أعطِ الخطوات بالضبط',
    ]);
  });

  it("leaves a term in a link's text, which leads to its explanation: the one left is not counted as a vocabulary", () => {
    expect(messages('no-unclear-instructions', arabic('ادخلي [للـ dashboard](https://example.com/d) وفعّلي الـ feed.'), markdown)).toEqual([]);
  });
});

describe('no-overpromise: a hedge taken back by a marker of certainty, and the writer\'s deed in a condition (no-overpromise.ts)', () => {
  it('"should … without fail" is reported at the marker, which the rewrite deletes; "should" alone is a hedge', () => {
    expect(messages('no-overpromise', email('It should be there tomorrow without fail.'))).toEqual([
      '56-68 "without fail" → [""] | "without fail" makes certain what others control; say what you expect instead',
    ]);
    expect(messages('no-overpromise', email('Your parcel should arrive tomorrow for sure.'))).toEqual([
      '63-71 "for sure" → [""] | "for sure" makes certain what others control; say what you expect instead',
    ]);
    expect(messages('no-overpromise', email('It should be there tomorrow.'))).toEqual([]);
  });

  it('"after we …" before a fix is the writer\'s own deed; "after they …" or "after the courier …" is not', () => {
    expect(messages('no-overpromise', email('After we replace the part it will fix it.'))).toEqual([]);
    expect(messages('no-overpromise', email('After they swap the part it will fix it.'))).toEqual([
      '56-67 "will fix it" → ["should fix it"] | "will fix it" sounds certain that the fix works, which is not yours to decide; say it should',
    ]);
    expect(messages('no-overpromise', email('After the courier brings the part it will fix it.'))).toEqual([
      '65-76 "will fix it" → ["should fix it"] | "will fix it" sounds certain that the fix works, which is not yours to decide; say it should',
    ]);
  });
});

describe('the checklist: a greeting names the customer unless its whole target is a generic word (checklist.ts)', () => {
  const named = (greeting: string): boolean => review(`${greeting}\n\nThanks for writing in. Your refund went out today.\n\nBest,\nAna`).checklist.greeting.named;

  it('a name that starts or ends with a generic word ("all", "team") is still a name', () => {
    expect([named('Hi Allison,'), named('Hi Niall,'), named('Hi Teamster,')]).toEqual([true, true, true]);
  });

  it('"there", "valued customer" and "Sir/Madam" name no one', () => {
    expect([named('Hi there,'), named('Dear valued customer,'), named('Hi Sir/Madam,')]).toEqual([false, false, false]);
  });
});
