import { defineRule } from '../define-rule.js';
import { compileTable, reportTable, type CompiledTable, type PhraseEntry } from '../phrases.js';
import type { Severity } from '../types.js';
import { memoizeByConfig, perObject } from '../memo.js';
import { arabicPattern, arabicSource, arabicWordStart } from '../arabic.js';

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

const note = "A phrase your team's style guide asks you to avoid. Teams add these in their config, the way Vale substitution rules and retext-simplify tables work.";

/** Literal phrases only, escaped: a team's config can never make the matcher backtrack catastrophically. */
const escape = (phrase: string): string => phrase.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const arabicLetters = /[\u0621-\u064A]/u;

/**
 * An Arabic phrase matches as a whole word (after و or ف too), with or without diacritics and
 * whichever form of alef, hamza or taa marbuta was typed; still only literal
 * characters and fixed classes, so still no backtracking a config can cause.
 */
const patternOf = (phrase: string): string =>
  arabicLetters.test(phrase) ? `${arabicWordStart}${arabicPattern(phrase.trim())}(?![\\u0621-\\u064A])` : escape(phrase);

/** Diacritics, tatweel and letter forms removed (as Arabic patterns read text), spaces collapsed: how a hit finds the phrase it came from. */
const normalize = (text: string): string => arabicSource(text).text.replace(/\s+/gu, ' ').trim().toLowerCase();

/** The message when the team wrote none, in the phrase's own language. */
function defaultMessage(phrase: string, preferred: readonly string[]): string {
  if (arabicLetters.test(phrase)) return preferred.length > 0 ? `اكتب «${preferred[0]}» بدلًا من «{actual}»` : `تجنّب «{actual}»`;
  return preferred.length > 0 ? `Write "${preferred[0]}" instead of "{actual}"` : `Avoid "{actual}"`;
}

/** One compiled table per distinct list of phrases. */
const tableFor = memoizeByConfig((phrases: readonly TeamPhrase[]): CompiledTable =>
  compileTable(
    phrases.map((p) => {
      const preferred = p.preferred === undefined ? [] : Array.isArray(p.preferred) ? p.preferred : [p.preferred];
      return {
        pattern: patternOf(p.phrase),
        message: p.message ?? defaultMessage(p.phrase, preferred),
        expected: preferred,
        safe: preferred.length > 0,
        inQuestions: true,
        inConditions: true,
        keepCase: true,
      } satisfies PhraseEntry;
    }),
  ),
);

/** A configuration's table, and each phrase's own severity by its normalised text: once per options object (a long reply asks paragraph by paragraph). */
const compiledFor = perObject((options: Options) => {
  // A phrase of nothing but white space names no words (a config file cannot hold an empty one; the library API can).
  const phrases = options.phrases.filter((p) => typeof p.phrase === 'string' && p.phrase.trim() !== '');
  return {
    table: phrases.length > 0 ? tableFor(phrases) : undefined,
    severities: new Map(phrases.map((p) => [normalize(p.phrase), p.severity])),
  };
});

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
    const { table, severities } = compiledFor(options);
    if (!table) return [];
    const reports = reportTable(context, table);
    return reports.map((r) => {
      const severity = severities.get(normalize(context.text.slice(r.start, r.end)));
      return severity ? { ...r, severity } : r;
    });
  },
);
