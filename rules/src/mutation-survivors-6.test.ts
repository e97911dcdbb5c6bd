/**
 * Tests for the mutants that sampled Stryker runs left alive (scripts/mutation-sample.mjs rules/src 40 <seed>,
 * MUTATION_TESTS=rules/src: the core's tests only; seeds 104 and on). Each test pins an exact output — the range,
 * the flagged text, the rewrite, the message, whether the fix is safe — that the mutant it is named for changes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { only } from '../test/helpers.js';
import { arabicSource } from './arabic.js';
import { paragraphReports } from './context.js';
import { ReplyContext, analyzeStructure, findPlaceholders, getRule, review, setParagraphCacheSize, type LintOptions } from './index.js';

/** The messages of one rule, as `line:column-line:column "actual" → expected | message`. */
const exact = (ruleId: string, text: string, options: LintOptions = {}): string[] =>
  only(ruleId, text, options).map((m) => {
    const { start, end } = m.place;
    return `${start.line}:${start.column}-${end.line}:${end.column} ${JSON.stringify(m.actual)} → ${JSON.stringify(m.expected)} | ${m.message}`;
  });

/** An Arabic reply around one body paragraph. */
const arabic = (body: string): string => `مرحبا ليلى،\n\n${body}\n\nمع خالص التحية،\nنور`;

describe('HESK fields between doubled percent signs (placeholders.ts, findPlaceholders)', () => {
  it.each<[string, string, Array<{ start: number; end: number; text: string }>]>([
    // The outer signs of "%%NAME%%" belong to the placeholder.
    ['a doubled field', 'Dear %%NAME%%,', [{ start: 5, end: 13, text: '%%NAME%%' }]],
    // A sign after the field only, or before it only, is no doubling: the field stays "%NAME%".
    ['a sign after only', 'Dear %NAME%% off', [{ start: 5, end: 11, text: '%NAME%' }]],
    ['a sign before only', 'Dear %%NAME% off', [{ start: 6, end: 12, text: '%NAME%' }]],
    // Signs around a placeholder of another kind are the writer's own, not HESK's.
    ['signs around a Handlebars field', 'Dear %{{name}}%,', [{ start: 6, end: 14, text: '{{name}}' }]],
    ['signs around an osTicket field', 'Ticket %%{ticket.id}%.', [{ start: 8, end: 20, text: '%{ticket.id}' }]],
  ])('%s: %j', (_, text, found) => {
    expect(findPlaceholders(text)).toEqual(found);
  });
});

describe('the safe flag of a report bounded to the screen (lint.ts, bounded)', () => {
  const opening = 'I have checked your order and it left our warehouse this morning';
  /** A sentence `length` characters long. */
  const sentence = (length: number) => `${opening}${' with the rest'.repeat(40)}`.slice(0, length - 1) + '.';

  it('a safe closing invitation after a sentence past 300 characters, offered alone, stays safe', () => {
    const text = `Hi Sam,\n\n${sentence(301)}\n\nBest,\nAna`;
    const message = only('require-closing-invitation', text)[0]!;
    expect([message.place.start.offset, message.place.end.offset, message.actual, message.expected, message.safe]).toEqual([
      310,
      310,
      '',
      ['\n\nPlease reach out if anything else comes up.', '\n\nLet us know if you have any other questions.', "\n\nI'm here to help if you need anything else."],
      true,
    ]);
  });

  it('thanks that are no safe fix stay unsafe when offered alone before a long sentence', () => {
    const text = `Hi Sam,\n\n${sentence(301)}\n\nLet me know if you have questions.\n\nBest,\nAna`;
    const message = only('require-thanks', text)[0]!;
    expect([message.place.start.offset, message.place.end.offset, message.expected, message.safe]).toEqual([9, 9, ['Thank you for reaching out. '], false]);
  });

  it("a team's invitation longer than a screen is dropped, and the rest are then no safe fix", () => {
    const long = `Please reach out ${'again and again '.repeat(260)}if anything else comes up.`;
    const text = 'Hi Sam,\n\nI have refunded the charge.\n\nBest,\nAna';
    const closing = (invitations: string[]) =>
      only('require-closing-invitation', text, { rules: { 'require-closing-invitation': ['warn', { invitations }] } }).map((m) => [m.actual, m.expected, m.safe]);
    expect(closing(['Please reach out if anything else comes up.', long])).toEqual([
      ['I have refunded the charge.', ['I have refunded the charge.\n\nPlease reach out if anything else comes up.'], false],
    ]);
    // The same report with both invitations fitting is a safe fix.
    expect(closing(['Please reach out if anything else comes up.', 'Write back any time.'])).toEqual([
      ['I have refunded the charge.', ['I have refunded the charge.\n\nPlease reach out if anything else comes up.', 'I have refunded the charge.\n\nWrite back any time.'], true],
    ]);
  });
});

describe('a vague phrase wrapped or spaced out is quoted with single spaces (no-unclear-instructions.ts, vague phrases)', () => {
  it('quotes "that  button" and "that\\nmenu" as "that button" and "that menu", and flags them as written', () => {
    const text = 'Hi Sam,\n\nClick  that  button to save, then\nopen that\nmenu.\n\nThanks,\nAna';
    expect(exact('no-unclear-instructions', text)).toEqual([
      '3:8-3:20 "that  button" → [] | "that button" is vague inside an instruction; name the exact page, button or setting',
      '4:6-5:5 "that\\nmenu" → [] | "that menu" is vague inside an instruction; name the exact page, button or setting',
    ]);
  });

  it("the rule's own reports, as a rule's caller reads them, already have the single-spaced message", () => {
    const text = 'Hi Sam,\n\nClick  that  button to save, then\nopen that\nmenu.\n\nThanks,\nAna';
    const rule = getRule('no-unclear-instructions')!;
    const reports = rule.check(new ReplyContext(text, 'email'), rule.meta.defaultOptions).filter((r) => r.message.includes('is vague'));
    expect(reports.map((r) => [r.start, r.end, r.message])).toEqual([
      [16, 28, '"that button" is vague inside an instruction; name the exact page, button or setting'],
      [48, 57, '"that menu" is vague inside an instruction; name the exact page, button or setting'],
    ]);
  });
});

describe('a numbered list in place of a sentence that starts its line (instructions.ts, numberedList)', () => {
  it('adds no line break before the list when the line above ends the lead-in', () => {
    const text = 'Hi Sam,\n\nHere is what to do:\nOpen the app, then tap Settings, then choose Account and then tap Sign Out.\n\nLet me know if that helps.\n\nThanks,\nAna';
    expect(exact('no-unclear-instructions', text)).toEqual([
      '4:1-4:76 "Open the app, then tap Settings, then choose Account and then tap Sign Out." → ["1. Open the app.\\n2. Tap Settings.\\n3. Choose Account.\\n4. Tap Sign Out."] | 4 steps crammed into one sentence; a numbered list is easier to follow',
    ]);
  });
});

describe('a quoted line is one that opens with ">" after white space only (structure.ts, quoteLine)', () => {
  const quotedAndParagraphs = (text: string) => {
    const s = analyzeStructure(text);
    return [s.quoted.map((q) => text.slice(q.start, q.end)), s.paragraphs.map((p) => text.slice(p.start, p.end))];
  };

  it('an indented "> " line is the customer\'s words', () => {
    expect(quotedAndParagraphs('Hi Sam,\n\n  > I cannot log in.\n\nI reset it.\n\nBest,\nAna')).toEqual([['  > I cannot log in.'], ['I reset it.']]);
  });

  it('a ">" inside a line is no quotation', () => {
    expect(quotedAndParagraphs('Hi Sam,\n\nGo to Settings -> Account.\n\nI reset it.\n\nBest,\nAna')).toEqual([[], ['Go to Settings -> Account.', 'I reset it.']]);
    expect(quotedAndParagraphs('Hi Sam,\n\na>b is the rule.\n\nI reset it.\n\nBest,\nAna')).toEqual([[], ['a>b is the rule.', 'I reset it.']]);
  });
});

describe('the match source of an Arabic text with marks (arabic.ts, arabicSource)', () => {
  it('is the folded letters alone, and maps each offset back', () => {
    const source = arabicSource('مَرحبًا يا أحمد');
    expect(source.text).toBe('مرحبا يا احمد');
    expect([0, 1, 2, 5, 6, 7, 8, 16].map((i) => source.at(i))).toEqual([0, 1, 1, 4, 4, 5, 6, 13]);
  });

  it('without marks, only folded', () => {
    expect(arabicSource('إلى أحمد').text).toBe('الي احمد');
  });
});

describe('the sentence at an offset (context.ts, sentenceAt)', () => {
  it('is none at the end of a sentence, where the space after it lies', () => {
    const text = 'Hi Sam,\n\nFirst one.  Second one.\n\nBest,\nAna';
    const context = new ReplyContext(text, 'email');
    const end = text.indexOf('First one.') + 'First one.'.length;
    expect([end - 1, end, end + 1, end + 2].map((offset) => context.sentenceAt(offset)?.text)).toEqual(['First one.', undefined, undefined, 'Second one.']);
  });
});

describe('the paragraph report cache turned off (context.ts, paragraphReports)', () => {
  afterEach(() => setParagraphCacheSize(4000));

  it('holds nothing when its size is 0, and a map again when it has room', () => {
    const shape = { head: 'en', written: undefined, layout: [0, 1] };
    setParagraphCacheSize(0);
    expect(paragraphReports('Your refund is on its way.', shape)).toBeUndefined();
    setParagraphCacheSize(8);
    expect(paragraphReports('Your refund is on its way.', shape)).toBeInstanceOf(Map);
  });
});

describe('no-negative-phrasing in Arabic: the warning held up after the harm, every phrase (no-negative-phrasing-ar.ts, blameEntries)', () => {
  // «وهذا بالضبط اللي نبّهناك عليه وقت الاستلام»: the reminder is the clause's own verb, so a person rewrites it.
  const reminded = (actual: string) => `«${actual}» يعظ العميل لأنه لم يتذكر؛ أعطِ المعلومة مرة أخرى دون تذكير`;
  it.each([
    ['اللي نبهناك عليه', '3:13-3:29'],
    ['اللي نبهناك منه', '3:13-3:28'],
    ['الذي نبهناك إليه', '3:13-3:29'],
    ['الذي نبهناك عليه', '3:13-3:29'],
    ['الذي نبهناك منه', '3:13-3:28'],
    ['اللي حذرناك منه', '3:13-3:28'],
    ['الذي حذرناك منه', '3:13-3:28'],
    ['اللي نبهتك عليه', '3:13-3:28'],
    ['الذي نبهتك إليه', '3:13-3:28'],
    ['اللي حذرتك منه', '3:13-3:27'],
    ['الذي حذرتك منه', '3:13-3:27'],
    ['ما حذرناك منه', '3:13-3:26'],
    ['ما نبهناك إليه', '3:13-3:27'],
    // Written with its shadda, the phrase is found and quoted as written.
    ['اللي نبّهناك عليه', '3:13-3:30'],
  ])('reports «%s» with no rewrite', (phrase, range) => {
    expect(exact('no-negative-phrasing', arabic(`وهذا بالضبط ${phrase} وقت الاستلام.`))).toEqual([`${range} ${JSON.stringify(phrase)} → [] | ${reminded(phrase)}`]);
  });
});

describe('the Arabic reader: an offer asked, and "anything else?", leave the door open (lang/ar/reader.ts, offerAsked and invitation)', () => {
  // Removing one word of these lists changed no test's outcome: each word is read here on its own, in a reply whose
  // last sentence would otherwise invite nothing.
  /** Whether the checklist finds a closing invitation in an Arabic reply that ends with `last`. */
  const invites = (last: string) => review(arabic(`أرسلت لك الرابط. ${last}`)).checklist.closingInvitation.present;

  it.each(['تود', 'تودين', 'تودي', 'ترغب', 'ترغبين', 'تحب', 'تحبي', 'تحبين', 'بتحب', 'بتحبي', 'تبغى', 'تبغي', 'تبي', 'تبين', 'حاب', 'حابة', 'حابب', 'بدك', 'تريد', 'تريدين', 'عايز', 'عايزة', 'تحبذ', 'تفضل', 'تفضلين', 'تفضلون', 'تفضلي'])(
    '«هل %s أن نرسل لك نسخة أخرى؟» offers, and invites',
    (verb) => {
      expect(invites(`هل ${verb} أن نرسل لك نسخة أخرى؟`)).toBe(true);
    },
  );

  it.each(['شي حاجة أخرى', 'شي حاجة خرى', 'أي حاجة تانية', 'أي حاجة ثانية', 'أي حاجة أخرى'])('«واش كاين %s نقدر نعاونك فيها؟» invites', (phrase) => {
    expect(invites(`واش كاين ${phrase} نقدر نعاونك فيها؟`)).toBe(true);
  });

  it('the same questions without the wish or the "else" invite nothing', () => {
    expect(invites('هل سبق أن نرسل لك نسخة أخرى؟')).toBe(false);
    expect(invites('واش كاين شي حاجة نقدر نعاونك فيها؟')).toBe(false);
  });
});
