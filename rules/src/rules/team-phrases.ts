import { defineRule } from '../define-rule.js';
import { reportTable, type LiteralTable } from '../phrases.js';
import type { Report, Severity } from '../types.js';
import type { ReplyContext } from '../context.js';
import { memoizeByConfig, perObject } from '../memo.js';
import { LiteralMatcher, normalisePhrase, type Edges } from '../literal-matcher.js';
import { ConfigError } from '../errors.js';

export interface TeamPhrase {
  /** The words to find, matched as written (case-insensitive, at word boundaries). Never a regular expression. */
  phrase: string;
  /** What to write instead; one or more rewrites, or none when a person must rewrite. */
  preferred?: string | string[];
  /** Why, in the team's words. */
  message?: string;
  severity?: Severity;
}

export interface Options {
  phrases: TeamPhrase[];
}

/** How many phrases a team may list, and how long one may be: past these the config is refused (see the README). */
export const maxTeamPhrases = 20_000;
export const maxTeamPhraseLength = 200;

const note = "A phrase your team's style guide asks you to avoid. Teams add these in their config, the way Vale substitution rules and retext-simplify tables work.";

const arabicLetters = /[\u0621-\u064A]/u;
const isArabicLetter = (code: number): boolean => code >= 0x0621 && code <= 0x064a;
/** What may not touch an English phrase: a letter or digit (and, before it, an apostrophe or a hyphen: "don't", "re-do"). */
const isWordCode = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f || (code >= 0xc0 && code <= 0x24f);

/** An Arabic phrase may follow a non-letter, or و or ف written onto it that itself follows a non-letter. */
function startsArabicWord(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (start === 0 || !isArabicLetter(before)) return true;
  return (before === 0x0648 || before === 0x0641) && (start < 2 || !isArabicLetter(text.charCodeAt(start - 2)));
}

/** The word edges a hit must stand on: English rules for every phrase, and Arabic ones too for an Arabic phrase. */
const edgesFor = (arabic: readonly boolean[]): Edges => ({
  end: (text, end) => end >= text.length || !isWordCode(text.charCodeAt(end)),
  hit: (text, start, end, index) => {
    const before = start > 0 ? text.charCodeAt(start - 1) : -1;
    if (before !== -1 && (isWordCode(before) || before === 0x27 || before === 0x2019 || before === 0x2d)) return false;
    if (!arabic[index]) return true;
    return startsArabicWord(text, start) && (end >= text.length || !isArabicLetter(text.charCodeAt(end)));
  },
});

/** The message when the team wrote none, in the phrase's own language. */
function defaultMessage(phrase: string, preferred: readonly string[]): string {
  if (arabicLetters.test(phrase)) return preferred.length > 0 ? `اكتب «${preferred[0]}» بدلًا من «{actual}»` : `تجنّب «{actual}»`;
  return preferred.length > 0 ? `Write "${preferred[0]}" instead of "{actual}"` : `Avoid "{actual}"`;
}

/** One matcher per distinct list of phrases. */
const tableFor = memoizeByConfig((phrases: readonly TeamPhrase[]): LiteralTable => {
  if (phrases.length > maxTeamPhrases) {
    throw new ConfigError(`Rule "team-phrases": at most ${maxTeamPhrases.toLocaleString('en')} phrases are allowed; the config lists ${phrases.length.toLocaleString('en')}`);
  }
  const long = phrases.findIndex((p) => normalisePhrase(p.phrase).length > maxTeamPhraseLength);
  if (long !== -1) throw new ConfigError(`Rule "team-phrases": phrase ${long + 1} is longer than ${maxTeamPhraseLength} characters`);
  return {
    matcher: new LiteralMatcher(phrases.map((p) => p.phrase)),
    edges: edgesFor(phrases.map((p) => arabicLetters.test(p.phrase))),
    entries: phrases.map((p) => {
      const preferred = p.preferred === undefined ? [] : Array.isArray(p.preferred) ? p.preferred : [p.preferred];
      return {
        message: p.message ?? defaultMessage(p.phrase, preferred),
        expected: preferred,
        safe: preferred.length > 0,
        inQuestions: true,
        inConditions: true,
        keepCase: true,
        ...(p.severity ? { severity: p.severity } : {}),
      };
    }),
  };
});

/** A configuration's table, once per options object (a long reply asks paragraph by paragraph). */
const compiledFor = perObject((options: Options) => {
  // A phrase of nothing but white space names no words (a config file cannot hold an empty one; the library API can).
  const phrases = options.phrases.filter((p) => typeof p.phrase === 'string' && p.phrase.trim() !== '');
  return phrases.length > 0 ? tableFor(phrases) : undefined;
});

/**
 * The phrase tables of the other rules read the body only; a team's phrases
 * are its house style everywhere it writes, so the greeting ("Hey there,") and
 * the sign-off ("Cheers,") are read too. A rewrite there keeps the case of a
 * line's first word.
 */
function inGreetingAndSignOff(context: ReplyContext, table: LiteralTable): Report[] {
  const { text, structure } = context;
  const reports: Report[] = [];
  for (const range of [structure.greeting, structure.signOff]) {
    if (!range) continue;
    for (const { index, start, end } of table.matcher.find(text, range.start, range.end, table.edges)) {
      if (context.isQuoted(start, end) || context.inAddress(start, end)) continue;
      const entry = table.entries[index]!;
      const actual = text.slice(start, end);
      const lineStart = start === 0 || text[start - 1] === '\n';
      const raw = typeof entry.expected === 'function' ? [] : (entry.expected ?? []);
      const expected = raw.map((rewrite) => (lineStart && rewrite ? rewrite[0]!.toUpperCase() + rewrite.slice(1) : rewrite));
      const report: Report = { start, end, message: entry.message.replace('{actual}', actual.replaceAll('\n', ' ')), expected };
      if (entry.safe && expected.length > 0) report.safe = true;
      if (entry.severity) report.severity = entry.severity;
      reports.push(report);
    }
  }
  return reports;
}

export default defineRule<Options>(
  {
    id: 'team-phrases',
    description: "Phrases the team's own style guide replaces, from its config",
    note,
    source: "the team's style guide",
    example: { bad: 'We will get back to you ASAP.', good: 'We will get back to you as soon as we can.' },
    languages: ['en', 'ar'],
    scope: 'paragraph',
    defaultOptions: { phrases: [] },
  },
  (context, options) => {
    const table = compiledFor(options);
    if (!table) return [];
    return [...reportTable(context, table), ...inGreetingAndSignOff(context, table)];
  },
);
