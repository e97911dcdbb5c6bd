/**
 * Tests for the mutants that a sampled Stryker run left alive (scripts/mutation-sample.mjs rules/src 40 31,
 * MUTATION_TESTS=rules/src: the core's tests only). Each case asserts an exact output (a message, its range, its
 * rewrites, a part of the checklist, the prose of markup) that a survivor changed.
 */
import { describe, expect, it } from 'vitest';
import { lint, proseOf, readReply, review, type LintOptions, type ReplyMessage } from './index.js';

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
      '55-68 " without fail" → [""] | "without fail" makes certain what others control; say what you expect instead',
    ]);
    expect(messages('no-overpromise', email('Your parcel should arrive tomorrow for sure.'))).toEqual([
      '62-71 " for sure" → [""] | "for sure" makes certain what others control; say what you expect instead',
    ]);
    expect(messages('no-overpromise', email('It should be there tomorrow.'))).toEqual([]);
  });

  it('"after we …" before a fix is the writer\'s own deed; "after they …" or "after the courier …" is not', () => {
    expect(messages('no-overpromise', email('After we replace the part it will fix it.'))).toEqual([]);
    expect(messages('no-overpromise', email('Yes, after we replace the part it will fix it.'))).toEqual([]);
    expect(messages('no-overpromise', email('After they swap the part it will fix it.'))).toEqual([
      '56-67 "will fix it" → ["should fix it"] | "will fix it" sounds certain that the fix works, which is not yours to decide; say it should',
    ]);
    // The condition is read from its "after" on: a "we" before it is not the writer's deed in the condition.
    expect(messages('no-overpromise', email('I was told that after the courier brings the part it will fix it.'))).toEqual([
      '81-92 "will fix it" → ["should fix it"] | "will fix it" sounds certain that the fix works, which is not yours to decide; say it should',
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

describe('no-negative-phrasing: a burden stated as a requirement, a hedge or a cost gets no rewrite (burden)', () => {
  it.each([
    ['You need to be logged in to see it.', 'You need to'],
    ['You need to have your receipt ready.', 'You need to'],
    ['You need to pay a fee to restart it.', 'You need to'],
  ])('%j is reported with no rewrite, for a person to write', (body, actual) => {
    expect(messages('no-negative-phrasing', email(body))).toEqual([`28-39 ${JSON.stringify(actual)} → [] | "${actual}" puts the burden on the customer; invite them instead`]);
  });

  // "I believe you need to …" is what the writer thinks the process asks, and left alone (the labels and a hand review
  // of real replies read it so); "I'm afraid you need to …" still lays the burden, with no invitation to put in its place.
  it('"I\'m afraid you need to" is reported with no rewrite, and "I believe you need to" is left alone', () => {
    // Its rewrite drops the regret with the burden (regret-and-documents.test.ts).
    expect(messages('no-negative-phrasing', email("I'm afraid you need to restart the router."))).toEqual(['28-50 "I\'m afraid you need to" → ["Please","The next step is to"] | "you need to" puts the burden on the customer; invite them instead']);
    expect(messages('no-negative-phrasing', email('I believe you need to restart the router.'))).toEqual([]);
  });
});

describe('a long flagged sentence whose rewrite neither adds before nor after it is left whole (lint.ts, bounded)', () => {
  it('six steps crammed into a 337-character sentence are quoted whole, with the numbered list as the rewrite', () => {
    const steps =
      'Open the app on your phone and wait until the home screen has loaded fully, then tap the blue Settings button in the lower right corner of the screen, then choose the Account section near the top of the list of options shown there, then tap Sign Out at the bottom of that page and sign back in with your usual email address and password.';
    // Inside its paragraph, the report takes the space before the sentence, which the list's blank line replaces.
    const message = lint(email(steps)).find((m) => m.ruleId === 'no-unclear-instructions' && m.actual === ` ${steps}`)!;
    expect(message.place).toMatchObject({ start: { offset: 27 }, end: { offset: 365 } });
    expect(message.expected).toEqual([
      '\n\n1. Open the app on your phone.\n2. Wait until the home screen has loaded fully.\n3. Tap the blue Settings button in the lower right corner of the screen.\n4. Choose the Account section near the top of the list of options shown there.\n5. Tap Sign Out at the bottom of that page.\n6. Sign back in with your usual email address and password.',
    ]);
    expect(message.reason).toBe('6 steps crammed into one sentence; a numbered list is easier to follow');
  });
});

describe('no-negative-phrasing: blame and lectures are reported with their own message and no rewrite', () => {
  it('"you are using it wrong" and "This is a user error" tell the customer they are wrong', () => {
    expect(messages('no-negative-phrasing', email('It looks like you are using it wrong.'))).toEqual([
      '42-64 "you are using it wrong" → [] | "you are using it wrong" tells the customer they are wrong; set out the facts and what they can do',
    ]);
    expect(messages('no-negative-phrasing', email('This is a user error.'))).toEqual([
      '28-48 "This is a user error" → [] | "This is a user error" tells the customer they are wrong; set out the facts and what they can do',
    ]);
  });

  it('"You were told this already" and "the third time you have asked" lecture the customer', () => {
    expect(messages('no-negative-phrasing', email('You were told this already.'))).toEqual([
      '28-54 "You were told this already" → [] | "You were told this already" lectures the customer for not remembering; give the information again without the reminder',
    ]);
    expect(messages('no-negative-phrasing', email('This is the third time you have asked.'))).toEqual([
      '36-65 "the third time you have asked" → [] | "the third time you have asked" lectures the customer for not remembering; give the information again without the reminder',
    ]);
  });
});

describe('no-unclear-instructions: "away from" is a distance only right after the phrase', () => {
  it('a "from" later in the sentence does not excuse "a few steps away"', () => {
    expect(messages('no-unclear-instructions', email("To reset it, it's just a few steps away and you can start from the menu."))).toEqual([
      `41-67 "it's just a few steps away" → [] | "it's just a few steps away" makes light of the steps; give them, or where to find them`,
    ]);
  });

  it('any run of white space may stand before "from"', () => {
    expect(messages('no-unclear-instructions', email("To reach the store, it's just a few steps away  from the station."))).toEqual([]);
  });
});

describe('no-overpromise: a marker of certainty takes back the hedge of its own clause only (no-overpromise.ts, sure)', () => {
  it('a marker opening the hedged clause counts for it', () => {
    expect(messages('no-overpromise', email('Without fail your parcel will probably arrive tomorrow.'))).toEqual([
      '28-40 "Without fail" → [""] | "Without fail" makes certain what others control; say what you expect instead',
    ]);
  });

  it('"rest assured" in a clause before or after the hedged one leaves the hedge standing', () => {
    expect(messages('no-overpromise', email('Rest assured, your parcel will probably arrive tomorrow.'))).toEqual([]);
    expect(messages('no-overpromise', email('Your parcel will probably arrive tomorrow, rest assured.'))).toEqual([]);
    expect(messages('no-overpromise', email('Good news, your parcel will probably arrive tomorrow, rest assured.'))).toEqual([]);
  });

  it('a hedged promise with no marker at all stays hedged: no time is reported', () => {
    expect(messages('no-overpromise', email('Your parcel will probably arrive tomorrow.'))).toEqual([]);
    expect(messages('no-overpromise', email('The courier will probably deliver it by Friday.'))).toEqual([]);
  });
});

describe('the English reader (lang/en/reader.ts)', () => {
  const read = (body: string, options: LintOptions = {}) =>
    readReply(`Hi Sam,\n\n${body}\n\nBest,\nAna`, options).sentences[1]!;

  it('a noun phrase with its verb in -es is a third party\'s outcome up to the stop: "fixes", "passes"', () => {
    for (const body of ['The update fixes this tomorrow.', 'Your parcel passes the depot today.']) {
      const { reading, sentence } = read(body);
      expect([reading.acts, reading.agent, reading.clauses.map((c) => [c.start - sentence.start, c.end - sentence.start, c.agent, c.outcome])]).toEqual([
        ['next-info'],
        'third',
        [[0, body.length - 1, 'third', true]],
      ]);
    }
  });

  it('a plural noun whose stem is no verb is not read as the verb of a fragment: "mugs", "hours"', () => {
    for (const body of ['The coffee mugs in the box.', 'Our store hours on Sunday.']) {
      const { reading } = read(body);
      expect([reading.acts, reading.agent, reading.clauses.map((c) => [c.agent, c.outcome])]).toEqual([['news'], 'none', [['none', false]]]);
    }
  });

  it('the texting "u" alone as the subject is the customer', () => {
    const { reading } = read('U will get a refund tomorrow.');
    expect(reading.clauses.map((c) => [c.agent, c.future, c.outcome])).toEqual([['customer', true, true]]);
  });

  it('a word that only starts like "is", "are" or "am" ("area") is no verb: the group starts at "will"', () => {
    const { reading } = read('The area manager will call you tomorrow.');
    expect([reading.acts, reading.clauses.map((c) => [c.agent, c.future])]).toEqual([['next-info'], [['third', true]]]);
  });

  it('a hard-wrapped last sentence with no stop keeps its time and its end', () => {
    const { reading } = read('Your parcel will arrive\ntomorrow');
    expect(reading.times.map((t) => [t.start, t.end])).toEqual([[33, 41]]);
    expect(reading.clauses.map((c) => [c.start, c.end, c.agent, c.future])).toEqual([[9, 41, 'third', true]]);
    expect(reading.acts).toEqual(['next-info']);
  });

  it('a request put as a question that opens with "please" or "kindly" is a step', () => {
    const acts = (text: string) => readReply(text, { channel: 'social' }).sentences.map((s) => s.reading.acts);
    expect(acts('Kindly send a photo of the label?')).toEqual([['step']]);
    expect(acts('Please send a photo of the label?')).toEqual([['step']]);
  });
});
