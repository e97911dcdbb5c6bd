/**
 * Phrase tables: the data half of the rules. A table is a list of entries,
 * each a phrase pattern with its message and rewrites; the engine compiles a
 * table into one regular expression and runs it once over the whole reply,
 * then checks each hit against its sentence (quoted? a question? a
 * condition?) before reporting it.
 */
import type { ReplyContext, Sentence } from './context.js';
import type { Report, Severity } from './types.js';
import type { Edges, LiteralMatcher } from './literal-matcher.js';
import { openConditions } from './open-conditions.js';
import { isWhiteSpace } from './structure.js';
import { lowerCase, lowerSource, type Lowered } from './lowered.js';

export interface PhraseHit {
  start: number;
  end: number;
  actual: string;
  sentence: Sentence;
  /** Only bullets, quotes or nothing stand between the sentence start and the hit. */
  atSentenceStart: boolean;
  /** The sentence text before and after the hit. */
  before: string;
  after: string;
  /** The start of what follows the sentence (up to 40 characters): the next sentence, on the same line or below. */
  following: string;
}

export interface PhraseEntry {
  /**
   * A regular-expression source matched case-insensitively between word
   * boundaries. It must not use capturing groups (use `(?:…)`); a straight
   * apostrophe also matches a curly one, and a space any run of white space.
   */
  pattern: string;
  message: string;
  /** Rewrites for the hit (case is fitted to the text), or a function of the hit. */
  expected?: string[] | ((hit: PhraseHit) => string[]);
  /** The first rewrite keeps the meaning and is safe for `--fix`. */
  safe?: boolean;
  /** Report inside questions too (default: questions are left alone). */
  inQuestions?: boolean;
  /** Report inside conditions ("if you need to …") too (default: no). */
  inConditions?: boolean;
  /** Leave the hit alone when this returns true. */
  unless?: (hit: PhraseHit) => boolean;
  /** A note for this entry, replacing the rule's note. */
  note?: string;
  /**
   * With no `expected`: offer deleting the phrase (a suggestion, never safe),
   * fitting the sentence around it ("Unfortunately, we …" → "We …").
   */
  deletable?: boolean | ((hit: PhraseHit) => boolean);
  /**
   * Rewrites that also replace what stands just before the hit, from `start` (a spliced clause's comma: "…for you,
   * you will need to follow" → "…for you. Please follow"), given the hit's own rewrites; undefined keeps those.
   */
  rewriteBefore?: (hit: PhraseHit, expected: readonly string[]) => { start: number; expected: string[] } | undefined;
  /** Offer the rewrites as written (only capitalised at a sentence start), not in the case of the hit. */
  keepCase?: boolean;
  /** This entry's severity, over the rule's. */
  severity?: Severity;
}

export interface CompiledTable {
  entries: readonly PhraseEntry[];
  /** The alternation in lower case, without the i flag: it runs on the text lower-cased (see lowered.ts). */
  regex: RegExp;
  /**
   * For a table whose every phrase begins with a letter, a digit or "_": the same alternation led by a word boundary
   * (`wordStart`), which finds the same hits faster.
   */
  scan: RegExp | undefined;
  /** The alternation as written, read case-insensitively (the test compares the two). */
  written: string;
}

/** Literal phrases (a team's): entries in the order of the matcher's phrases, and the word edges a hit must stand on. */
export interface LiteralTable {
  entries: readonly Omit<PhraseEntry, 'pattern'>[];
  matcher: LiteralMatcher;
  edges: Edges;
}

// Word boundaries for English phrases. Without the Unicode flag a case-insensitive pattern runs
// several times faster; Latin letters with accents still count as letters.
const letters = 'A-Za-z0-9_\\u00C0-\\u024F';
const after = `(?![${letters}])`;
/**
 * What may not stand just before a phrase: a letter, an apostrophe or a hyphen
 * ("don't", "re-do"). A lookbehind on its own lets the engine skip ahead on the
 * phrases' first letters; it measured a third faster than a word boundary
 * (or punctuation ahead) followed by a check in code.
 */
const before = `(?<![${letters}'’-])(?!\\s)`;

/**
 * The same edge for phrases that begin with a word character: a word boundary, and then none of what the boundary
 * lets stand before a word but `before` does not (an accented letter, an apostrophe, a hyphen). Led by the boundary,
 * the engine skips ahead on the phrases' first letters: a table is searched in two thirds of the time.
 */
const wordStart = `\\b(?<![\\u00C0-\\u024F'’-])(?!\\s)`;

/**
 * The clause a hit follows: what stands after the last of `marks` within the last `reach` characters of the text
 * before it. Read back in code, one character at a time, instead of with an end-anchored pattern.
 */
export function lastClause(text: string, marks: string, reach: number): string {
  const tail = text.slice(-reach);
  let i = tail.length;
  while (i > 0 && !marks.includes(tail[i - 1]!)) i--;
  return tail.slice(i);
}

/** Every table compiled so far, for the test that compares the lower-case copy with the table as written. */
export const everyTable: CompiledTable[] = [];

export function compileTable(entries: readonly PhraseEntry[]): CompiledTable {
  const alternatives = entries.map((entry) => {
    if (/\((?!\?)/u.test(entry.pattern.replace(/\\\(/gu, ''))) {
      throw new Error(`Phrase pattern has a capturing group: ${entry.pattern}`);
    }
    // A space matches any run of white space (a reply may wrap lines), unless a quantifier follows it.
    return `(${entry.pattern.replace(/'/gu, "['’]").replace(/ (?![?*+{])/gu, '\\s+')})`;
  });
  // A hit begins where no word goes on before it, and not on white space (a team's phrase may start with "(" or an apostrophe).
  const source = `${before}(?:${alternatives.join('|')})${after}`;
  const scan = entries.every((entry) => startsWithWordCharacter(entry.pattern)) ? new RegExp(lowerSource(`${wordStart}(?:${alternatives.join('|')})${after}`), 'g') : undefined;
  const table = { entries, regex: new RegExp(lowerSource(source), 'g'), scan, written: source };
  everyTable.push(table);
  return table;
}

/** A condition still open before the hit: "If you need to …", "If you find an error in Blender you need to …" (no comma closes it). */
const inCondition = openConditions({ words: /(?:^|[^A-Za-z\u00C0-\u024F])(?:if|whether|unless|in case|when|whenever|once|should)\s/gi, closers: ',.;:!?' });

/**
 * The start of what follows a sentence in its paragraph (up to 40 characters, cut at a blank line): the same whether the
 * reply is read whole or paragraph by paragraph.
 */
export function followingInParagraph(text: string, end: number): string {
  const next = text.slice(end, end + 40);
  const blank = /\n[ \t]*\r?\n/u.exec(next);
  return blank ? next.slice(0, blank.index) : next;
}

/** What may stand between a sentence's start and a hit said at its start: bullets, quotes, numbering. */
const isLeadIn = (code: number): boolean => isWhiteSpace(code) || '"\'“‘(-*•.)'.includes(String.fromCharCode(code)) || (code >= 0x30 && code <= 0x39);

/** How many code units of lead-in open each sentence: read once per sentence, not once per hit. */
const leadIns = new WeakMap<Sentence, number>();
function leadInOf(sentence: Sentence): number {
  let length = leadIns.get(sentence);
  if (length === undefined) {
    length = 0;
    while (length < sentence.text.length && isLeadIn(sentence.text.charCodeAt(length))) length++;
    leadIns.set(sentence, length);
  }
  return length;
}

export function matchTable<Entry extends Omit<PhraseEntry, 'pattern'>>(
  context: ReplyContext,
  table: { entries: readonly Entry[]; regex: RegExp; scan?: RegExp | undefined } | { entries: readonly Entry[]; matcher: LiteralMatcher; edges: Edges },
): Array<{ entry: Entry; hit: PhraseHit }> {
  const results: Array<{ entry: Entry; hit: PhraseHit }> = [];
  const { text } = context;
  // Only the body is read: a hit in the greeting, the sign-off or a quoted trail below it is never reported.
  const { body } = context.structure;
  const consider = (entry: Entry, start: number, end: number): void => {
    const sentence = context.sentenceAt(start);
    if (!sentence || sentence.region !== 'body' || end > sentence.end) return;
    if (context.isQuoted(start, end) || context.inAddress(start, end)) return;
    const head = text.slice(sentence.start, start);
    const hit: PhraseHit = {
      start,
      end,
      actual: text.slice(start, end),
      sentence,
      // "Hi Anna, you need to …": a sentence that goes on from a greeting on its line keeps its small letter.
      // So does one right after a full stop the splitter read on past ("Thanks for writing in. {{#if vip}}You need to …",
      // where the blanked tag stands between): its rewrite is capitalised.
      atSentenceStart: (start - sentence.start <= leadInOf(sentence) && !afterComma(text, sentence.start)) || (/[.!?]["'’”)\]]*\s+$/u.test(head) && !/\b(?:e\.g|i\.e|etc|vs|approx|mr|mrs|ms|dr|no|st|ref)\.\s+$/iu.test(head)),
      before: head,
      after: text.slice(end, sentence.end),
      following: followingInParagraph(text, sentence.end),
    };
    if (sentence.isQuestion && !entry.inQuestions) return;
    if (!entry.inConditions && inCondition(sentence, sentence.text, start - sentence.start)) return;
    if (entry.unless?.(hit)) return;
    results.push({ entry, hit });
  };
  if ('matcher' in table) {
    for (const { index, start, end } of table.matcher.find(text, body.start, body.end, table.edges)) consider(table.entries[index]!, start, end);
    return results;
  }
  // Read on the text lower-cased (same length, so the offsets are the text's), which compiles faster than the
  // i flag. Only offsets and which entry matched are read from it.
  for (const hit of tableHits(table, lowerCase(text), body.start, body.end)) consider(table.entries[hit.entry]!, hit.index, hit.index + hit.length);
  return results;
}

/**
 * Where a compiled table's phrases are found in lower-cased text, from `from` to `to`: each hit's offset, length and
 * entry, left to right, as the table's regex finds them.
 */
export function tableHits(table: { regex: RegExp; scan?: RegExp | undefined }, searched: Lowered, from: number, to: number): Array<{ index: number; length: number; entry: number }> {
  const hits: Array<{ index: number; length: number; entry: number }> = [];
  // The compiled regex is shared; lint is synchronous, so setting lastIndex is enough.
  const regex = table.scan ?? table.regex;
  regex.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(searched)) !== null && match.index < to) {
    let index = 1;
    while (index < match.length && match[index] === undefined) index++;
    // A pattern that matched nothing would be found again at the same place for ever: step past it.
    if (match[0] === '') {
      regex.lastIndex = match.index + 1;
      continue;
    }
    if (index < match.length) hits.push({ index: match.index, length: match[0].length, entry: index - 1 });
  }
  return hits;
}

/**
 * The places of a regular expression's source, from `from`, where a group opens or closes or a "|" stands (escapes and
 * classes passed over), each with the depth of groups around it once it is read; `visit` returning true stops the
 * reading.
 */
export function eachStructural(source: string, visit: (at: number, c: string, depth: number) => boolean, from = 0): void {
  let depth = 0;
  for (let i = from; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(' || c === ')' || c === '|') {
      depth += c === '(' ? 1 : c === ')' ? -1 : 0;
      if (visit(i, c, depth)) return;
    }
  }
}

/**
 * Whether every match of a phrase pattern begins with an ASCII letter, digit or "_", read from its first atom in each
 * branch: a literal, `\d`, `\w`, or a group whose branches all do; when that atom may be left out, what follows it
 * must begin so too (a space that may be left out is passed over: no hit begins with white space). Anything else (a
 * class, another escape, a lookaround, a branch that may be empty) is taken as "not known", and the table keeps its
 * lookbehind.
 */
export function startsWithWordCharacter(pattern: string): boolean {
  // Whether each top-level branch between `from` and `end` (a group's inside, or the whole pattern) begins so.
  const branchesStart = (from: number, end: number): boolean => {
    let start = from;
    let all = true;
    eachStructural(
      pattern,
      (at, c, depth) => {
        if (at >= end) return true;
        if (c !== '|' || depth !== 0) return false;
        all = atomStarts(start, at);
        start = at + 1;
        return !all;
      },
      from,
    );
    return all && atomStarts(start, end);
  };
  const groupEnd = (open: number): number => {
    let close = -1;
    eachStructural(
      pattern,
      (at, c, depth) => {
        if (c === ')' && depth === 0) close = at;
        return close !== -1;
      },
      open,
    );
    return close;
  };
  /** The end of a quantifier that lets its atom be left out (`?`, `*`, `{0,…}`, and a lazy mark after it), or -1. */
  const optionalEnd = (at: number): number => {
    let i = at;
    if (pattern[i] === '?' || pattern[i] === '*') i++;
    else if (pattern.startsWith('{0', i)) i = pattern.indexOf('}', i) + 1;
    else return -1;
    return pattern[i] === '?' ? i + 1 : i;
  };
  // An atom that may be left out begins the branch only with what follows it: both must begin with a word character.
  const atomStarts = (from: number, end: number): boolean => {
    if (from >= end) return false;
    const c = pattern[from]!;
    let after: number;
    // A space that may be left out: a hit never begins with white space (the lookbehind's "(?!\s)"), so only what
    // follows it can begin one.
    if (c === ' ' && optionalEnd(from + 1) !== -1) return atomStarts(optionalEnd(from + 1), end);
    if (/[A-Za-z0-9_]/u.test(c)) after = from + 1;
    else if (c === '\\' && (pattern[from + 1] === 'd' || pattern[from + 1] === 'w')) after = from + 2;
    else if (c === '(' && pattern.startsWith('(?:', from)) {
      const close = groupEnd(from);
      if (close === -1 || close >= end || !branchesStart(from + 3, close)) return false;
      after = close + 1;
    } else return false;
    const skipped = optionalEnd(after);
    return skipped === -1 || atomStarts(skipped, end);
  };
  return branchesStart(0, pattern.length);
}

/** Runs a table and turns its hits into reports with rewrites fitted to the text. */
export function reportTable(context: ReplyContext, table: CompiledTable | LiteralTable): Report[] {
  return matchTable(context, table).map(({ entry, hit }) => {
    const message = entry.message.replace('{actual}', hit.actual.replace(/\s+/gu, ' '));
    const report: Report = { start: hit.start, end: hit.end, message, expected: [] };
    const deletable = typeof entry.deletable === 'function' ? entry.deletable(hit) : entry.deletable === true;
    if (deletable && entry.expected === undefined) {
      const deletion = deletionRewrite(context, hit);
      report.start = deletion.start;
      report.end = deletion.end;
      report.expected = [deletion.expected];
    } else {
      const raw = typeof entry.expected === 'function' ? entry.expected(hit) : (entry.expected ?? []);
      report.expected = raw.map((rewrite) =>
        entry.keepCase ? (hit.atSentenceStart && rewrite ? rewrite[0]!.toUpperCase() + rewrite.slice(1) : rewrite) : fitCase(rewrite, hit.actual, hit.atSentenceStart),
      );
      const wider = report.expected.length > 0 ? entry.rewriteBefore?.(hit, report.expected) : undefined;
      if (wider) {
        report.start = wider.start;
        report.expected = wider.expected;
      }
      if (entry.safe && report.expected.length > 0) report.safe = true;
    }
    if (entry.note) report.note = entry.note;
    if (entry.severity) report.severity = entry.severity;
    return report;
  });
}

/** The text before an offset, on the same line, ends with a comma. */
export function afterComma(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return text[i - 1] === ',' || text[i - 1] === '،';
}

/** Gives a rewrite the case of the text it replaces: capitalised at a sentence start, upper case for shouting. */
export function fitCase(rewrite: string, actual: string, atSentenceStart: boolean): string {
  if (rewrite === '') return rewrite;
  if (actual.length > 1 && /\p{L}/u.test(actual) && actual === actual.toUpperCase()) return rewrite.toUpperCase();
  if (atSentenceStart) return rewrite[0]!.toUpperCase() + rewrite.slice(1);
  if (/^I(?:\s|['’])/u.test(rewrite)) return rewrite;
  return rewrite[0]!.toLowerCase() + rewrite.slice(1);
}

/**
 * A rewrite that deletes a leading or parenthetical phrase ("Unfortunately, ",
 * ", obviously,") and keeps the sentence well formed: at a sentence start the
 * next word takes the capital.
 */
export function deletionRewrite(context: ReplyContext, hit: PhraseHit): { start: number; end: number; expected: string } {
  const { text } = context;
  let end = hit.end;
  while (end < hit.sentence.end && /[\s,;:،؛]/u.test(text[end]!)) end++;
  if (hit.atSentenceStart) {
    const word = /^[\p{L}\p{N}'’]+/u.exec(text.slice(end, hit.sentence.end));
    if (word) {
      const next = word[0];
      const capital = next === 'i' || next[0] === next[0]!.toUpperCase() ? next : next[0]!.toUpperCase() + next.slice(1);
      return { start: hit.start, end: end + next.length, expected: capital };
    }
    return { start: hit.start, end, expected: '' };
  }
  let start = hit.start;
  // ", obviously," → "" and " obviously " → " ": keep one separator.
  let comma = hit.start;
  while (comma > hit.sentence.start && isWhiteSpace(text.charCodeAt(comma - 1))) comma--;
  if (comma > hit.sentence.start && text[comma - 1] === ',' && text[hit.end] === ',') {
    start = text.lastIndexOf(',', hit.start);
    return { start, end: hit.end + 1, expected: '' };
  }
  return { start: hit.start, end, expected: '' };
}
