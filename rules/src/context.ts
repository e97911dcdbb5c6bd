import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { ParseLatin } from 'parse-latin';
import type { Root } from 'nlcst';
import { analyzeStructure, emojiRunsBefore, inRanges, isWhiteSpace, splitLines, type Range, type ReplyStructure } from './structure.js';
import type { Channel, Report } from './types.js';
import { Generations } from './memo.js';
import type { Language } from './language.js';
import { analyzeChecklist, type Checklist } from './checklist.js';
import { arabicSource, MatchSource } from './arabic.js';
import { findPlaceholders } from './placeholders.js';
import type { Format } from './prose.js';
import type { RememberedReading } from './model/reply-model.js';

const englishParser = unified().use(retextEnglish).freeze();
/**
 * Arabic replies are parsed by parse-latin, the script-neutral parser that
 * parse-english extends: the English-only stages (English abbreviations,
 * contractions, "in." as inches) are not applied to Arabic.
 */
const neutralParser = new ParseLatin();

export type Region = 'greeting' | 'body' | 'signOff' | 'quoted';

export interface Sentence extends Range {
  text: string;
  region: Region;
  isQuestion: boolean;
}

/**
 * Everything the rules need to know about one reply, computed once:
 * the retext tree, the reply's parts, and its sentences with their regions.
 */
export class ReplyContext {
  /** The prose the rules read: the original with markup and template tags blanked, the same length. */
  readonly text: string;
  /** The reply as written, markup and placeholders included. */
  readonly original: string;
  readonly channel: Channel;
  /** The text is a template: placeholders are expected. */
  readonly template: boolean;
  /** The reply's language: the rules that know more than one pick their phrases by it. */
  readonly language: Language;
  /** How the reply is written: in plain text every character is sent, an HTML comment too. */
  readonly format: Format;
  readonly structure: ReplyStructure;
  readonly sentences: Sentence[];
  /** The line ending the reply uses, for rewrites that add lines. */
  readonly eol: string;
  /** A longer reply's paragraphs, each with its text (one string, shared by the parse and report caches). */
  readonly chunks: Chunk[] | undefined;
  /** True for one paragraph of a longer reply (`within`): what lies in the other paragraphs is not in sight. */
  readonly isPart: boolean;
  /**
   * A long reply's sentence readings by their words (the reply model's memory), shared with its paragraphs: each
   * sentence is read once per analysis, though the reply and its paragraphs each have a model. Undefined for a
   * reply short enough to be checked in one piece.
   */
  readonly readings: Map<string, RememberedReading> | undefined;
  private readonly starts: number[];

  constructor(
    text: string,
    channel: Channel,
    template = false,
    original = text,
    language: Language = 'en',
    format: Format = 'text',
    /** A part of a reply already analysed: its structure and sentences, as `within` cuts them. */
    prepared?: { structure: ReplyStructure; sentences: Sentence[]; eol: string; readings: Map<string, RememberedReading> | undefined },
  ) {
    this.language = language;
    this.format = format;
    this.text = text;
    this.original = original;
    this.channel = channel;
    this.template = template;
    this.isPart = prepared !== undefined;
    this.structure = prepared?.structure ?? analyzeStructure(text);
    if (!prepared && text.length >= parseWholeLimit) this.chunks = paragraphChunks(text);
    this.sentences = prepared?.sentences ?? collectSentences(text, parseSentences(text, language, this.chunks), this.structure);
    this.eol = prepared?.eol ?? (text.includes('\r\n') ? '\r\n' : '\n');
    // Only a reply long enough to be checked paragraph by paragraph has more than one model to share readings between.
    this.readings = prepared ? prepared.readings : this.chunks && text.length >= wholeTextLimit ? new Map() : undefined;
    this.starts = this.sentences.map((s) => s.start);
  }

  /**
   * The part of this reply from `start` to `end` (a paragraph) as a reply of
   * its own, offsets from `start`, with the regions, sentences and quotations
   * the whole reply gave it: a paragraph-scoped rule sees there exactly what
   * it would see in the whole.
   */
  within(start: number, end: number): ReplyContext {
    const shift = (r: Range | undefined): Range | undefined => clip(r, start, end);
    const all = (ranges: readonly Range[]): Range[] => overlapping(ranges, start, end).map(shift) as Range[];
    const text = this.text.slice(start, end);
    const { structure } = this;
    const greeting = shift(structure.greeting);
    const signOff = shift(structure.signOff);
    const part: ReplyStructure = {
      lines: splitLines(text),
      ...(greeting ? { greeting } : {}),
      ...(signOff ? { signOff } : {}),
      body: shift(structure.body) ?? { start: 0, end: 0 },
      paragraphs: all(structure.paragraphs),
      quoted: all(structure.quoted),
    };
    const sentences = this.sentencesIn(start, end).map((s) => ({ ...s, start: s.start - start, end: s.end - start }));
    return new ReplyContext(text, this.channel, this.template, this.original.slice(start, end), this.language, this.format, { structure: part, sentences, eol: this.eol, readings: this.readings });
  }

  /**
   * What a part of the reply looks like to a paragraph-scoped rule, beyond its
   * text: its regions, paragraphs, quotations and sentences, as offsets from
   * `start` and codes. Equal layouts (and equal text) give equal reports.
   * Numbers, not a string key: a long document's paragraphs are all laid out
   * again on every keystroke, and building strings for them was a sixth of
   * the memory an edit in a 20,000-word document allocated.
   */
  layoutOf(start: number, end: number): number[] {
    const { structure } = this;
    const layout: number[] = [];
    const add = (range: Range | undefined): void => {
      const part = clip(range, start, end);
      if (part) layout.push(part.start, part.end);
      else layout.push(-1, -1);
    };
    add(structure.greeting);
    add(structure.signOff);
    add(structure.body);
    for (const ranges of [structure.paragraphs, structure.quoted]) {
      const inside = overlapping(ranges, start, end);
      layout.push(inside.length);
      for (const range of inside) add(range);
    }
    for (const s of this.sentencesIn(start, end)) layout.push(s.start - start, s.end - start, regionCodes[s.region], s.isQuestion ? 1 : 0);
    return layout;
  }

  /** The sentences that lie within a range, found by binary search. */
  private sentencesIn(start: number, end: number): Sentence[] {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    const found: Sentence[] = [];
    for (let i = lo; i < this.sentences.length && this.sentences[i]!.start < end; i++) if (this.sentences[i]!.end <= end) found.push(this.sentences[i]!);
    return found;
  }

  /** The sentence that contains `offset`, if any. */
  sentenceAt(offset: number): Sentence | undefined {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const sentence = found === -1 ? undefined : this.sentences[found];
    return sentence && offset < sentence.end ? sentence : undefined;
  }

  /** True when the range is the customer's words: a `>` line, a thread trail or a quotation. */
  isQuoted(start: number, end: number): boolean {
    return inRanges(this.structure.quoted, start, end);
  }

  private addresses: Range[] | undefined;

  /**
   * True when the range touches a web address, an e-mail address or a placeholder, as written: "https://example.com/asap",
   * "asap@example.com", "{{asap}}" hold no words of the writer's to rewrite (a rewrite there breaks the link or the
   * template).
   */
  inAddress(start: number, end: number): boolean {
    this.addresses ??= addressesIn(this.original);
    return this.addresses.length > 0 && overlapping(this.addresses, start, end).length > 0;
  }

  /** The quotations a sentence holds inside it, not covering it whole ('run "git rebase" against …'): clipped to the sentence. */
  quotationsIn(sentence: Sentence): Range[] {
    const inside: Range[] = [];
    for (const q of overlapping(this.structure.quoted, sentence.start, sentence.end)) {
      if (q.start <= sentence.start && q.end >= sentence.end) return [];
      inside.push({ start: Math.max(q.start, sentence.start), end: Math.min(q.end, sentence.end) });
    }
    return inside;
  }

  private body: Sentence[] | undefined;
  private scoped: Part[] | undefined;
  private parts: Checklist | undefined;
  private arabic: MatchSource | undefined;
  private plain: MatchSource | undefined;
  private numbered: boolean | undefined;

  /** The prose as Arabic patterns read it: letter forms folded, diacritics and tatweel out, offsets mapped back; computed once. */
  get arabicSource(): MatchSource {
    this.arabic ??= arabicSource(this.text);
    return this.arabic;
  }

  /** The prose as English patterns read it: as it is. */
  get plainSource(): MatchSource {
    this.plain ??= new MatchSource(this.text);
    return this.plain;
  }

  /**
   * A long reply's paragraphs, each with its remembered reports (when the paragraph cache is on), for what is
   * checked paragraph by paragraph; undefined for a reply short enough to be checked whole, and for a part.
   */
  private get scopedParts(): readonly Part[] | undefined {
    if (!scoping || this.isPart || !this.chunks || this.text.length < wholeTextLimit) return undefined;
    this.scoped ??= paragraphParts(this, this.chunks);
    return this.scoped;
  }

  /**
   * What each check reports in each paragraph of a long reply, each paragraph read as a reply of its own (`within`)
   * and its reports remembered with it by the check's key while its text and shape stay the same, in the reply's
   * offsets; in a shorter reply, what each reports in the whole. One list per check, in order. Paragraph first,
   * then check: a paragraph's analysis serves all the checks and is let go before the next, so a long document
   * never holds every paragraph's at once (holding them made a third of a 1 MB lint garbage collection). For the
   * paragraph-scoped rules, and for the part of a reply-scoped rule that looks no further than a sentence: a
   * keystroke in a long document then looks again at one paragraph, not all.
   */
  paragraphwise(checks: readonly ParagraphCheck[]): Report[][] {
    const parts = this.scopedParts;
    if (!parts) return checks.map(({ find }) => find(this));
    const found = checks.map((): Report[] => []);
    for (const part of parts) {
      let partContext: ReplyContext | undefined;
      for (let i = 0; i < checks.length; i++) {
        const { key, find } = checks[i]!;
        let reports = part.remembered?.get(key);
        if (!reports) {
          partContext ??= this.within(part.start, part.end);
          reports = find(partContext);
          part.remembered?.set(key, reports);
        }
        const into = found[i]!;
        for (const report of reports) into.push(moved(report, part.start));
      }
    }
    return found;
  }

  /** Which parts of a good reply are present, and where (computed once). */
  get checklist(): Checklist {
    this.parts ??= analyzeChecklist(this);
    return this.parts;
  }

  /**
   * The reply is one message of a thread that goes on in the next ("… 1/2" at its end, as tweets are
   * numbered): what it lacks (a next step, an invitation, the way forward after a limit) may be in the next part.
   */
  get continues(): boolean {
    // The last two words of the text, read in code: "1/2", "(1/2)", or "1/2 ^AB". Read once: every sentence's reading asks.
    this.numbered ??= this.original
      .slice(-60)
      .trim()
      .split(/\s+/u)
      .slice(-2)
      .some((word) => {
        const numbered = /^\(?(\d{1,2})\/(\d{1,2})\)?$/u.exec(word);
        return numbered !== null && Number(numbered[1]) < Number(numbered[2]);
      });
    return this.numbered;
  }

  /** Sentences of the writer's body (not greeting, sign-off or quotes). */
  bodySentences(): Sentence[] {
    this.body ??= this.sentences.filter((s) => s.region === 'body');
    return this.body;
  }
}

/**
 * Sentence ranges from retext-english, paragraph by paragraph. parse-english
 * takes time that grows faster than the text (157 ms for one 20,000-word
 * document, 69 ms for its paragraphs one by one), and an editor re-lints a
 * document after every keystroke in one paragraph: each paragraph's ranges
 * are remembered by its text, so only the edited one is parsed again.
 */
let paragraphCacheSize = 4000;
/**
 * One cache per language (each parser splits differently), keyed by the
 * paragraph's text itself: a key with the language prefixed would be a new
 * string on every lint, copied whole and hashed again.
 */
const paragraphCaches: Record<Language, Generations<string, Array<[number, number]>>> = {
  en: new Generations(paragraphCacheSize),
  ar: new Generations(paragraphCacheSize),
};

/** How many paragraphs to remember (0 turns the cache off, as benchmarks against a bare parse do). */
export function setParagraphCacheSize(size: number): void {
  paragraphCacheSize = Math.max(0, size);
  for (const cache of Object.values(paragraphCaches)) cache.resize(paragraphCacheSize);
  reportCache.resize(paragraphCacheSize);
}

let bypassed = false;

/**
 * Runs `fn` with the paragraph caches neither read nor filled, and left as
 * they are: for work on texts that repeat, such as the language server's
 * warm-up, which must not evict the paragraphs of the replies being written.
 */
export function withoutParagraphCache<T>(fn: () => T): T {
  const was = bypassed;
  bypassed = true;
  try {
    return fn();
  } finally {
    bypassed = was;
  }
}

/** What a paragraph-scoped rule sees of a paragraph beyond its text: equal shapes (and text), equal reports. */
export interface ParagraphShape {
  /** The reply's language, channel, template flag and line ending. */
  head: string;
  /** The paragraph as written, when markup or placeholders make it differ from the prose. */
  written: string | undefined;
  /** Its regions, paragraphs, quotations and sentences (`ReplyContext.layoutOf`). */
  layout: readonly number[];
}

interface Remembered extends ParagraphShape {
  reports: Map<string, Report[]>;
}

function sameShape(a: ParagraphShape, b: ParagraphShape): boolean {
  if (a.head !== b.head || a.written !== b.written || a.layout.length !== b.layout.length) return false;
  for (let i = 0; i < a.layout.length; i++) if (a.layout[i] !== b.layout[i]) return false;
  return true;
}

/**
 * Paragraph-scoped rules' reports, by paragraph (its text, then its shape) and
 * then by rule and options: an edit in one paragraph of a long document
 * re-checks that paragraph only. Least recently used paragraphs go first.
 */
const reportCache = new Generations<string, Remembered[]>(paragraphCacheSize);

/**
 * The remembered reports of one paragraph, by rule and options, to read and
 * fill; undefined when the cache is off. Keyed first by the paragraph's text
 * (the very string the parse cache was asked for, so it is hashed once), then
 * by its shape, compared field by field.
 */
export function paragraphReports(text: string, shape: ParagraphShape): Map<string, Report[]> | undefined {
  if (paragraphCacheSize === 0 || bypassed) return undefined;
  let shapes = reportCache.get(text);
  if (!shapes) {
    shapes = [];
    reportCache.set(text, shapes);
  }
  let entry = shapes.find((remembered) => sameShape(remembered, shape));
  if (!entry) {
    // A paragraph seldom changes shape; a few shapes are kept, not every one it ever had.
    if (shapes.length >= 4) shapes.length = 0;
    entry = { head: shape.head, written: shape.written, layout: shape.layout, reports: new Map() };
    shapes.push(entry);
  }
  return entry.reports;
}

function paragraphSentences(paragraph: string, language: Language): Array<[number, number]> {
  const cache = paragraphCaches[language];
  const cached = bypassed ? undefined : cache.get(paragraph);
  if (cached) return cached;
  const ranges: Array<[number, number]> = [];
  const tree = (language === 'en' ? englishParser.parse(paragraph) : neutralParser.parse(paragraph)) as Root;
  for (const node of tree.children) {
    if (node.type !== 'ParagraphNode') continue;
    for (const sentence of node.children) {
      const start = sentence.position?.start.offset;
      const end = sentence.position?.end.offset;
      if (sentence.type === 'SentenceNode' && start !== undefined && end !== undefined) ranges.push([start, end]);
    }
  }
  if (!bypassed) cache.set(paragraph, ranges);
  return ranges;
}

/**
 * Below this length a text is parsed in one piece: a short reply costs fewer
 * parser calls whole. Above it, each paragraph is parsed (and remembered) on
 * its own, so a keystroke in a reply of a few hundred words re-parses one
 * paragraph, not all of them.
 */
const parseWholeLimit = 1000;

/** Below this length a reply's rules run over it in one piece; above it, paragraph-scoped rules run paragraph by paragraph. */
export const wholeTextLimit = 4000;

export interface Chunk extends Range {
  text: string;
}

/** A check run paragraph by paragraph (`paragraphwise`): its reports are remembered with each paragraph by `key`. */
export interface ParagraphCheck {
  key: string;
  find: (part: ReplyContext) => Report[];
}

/** A paragraph of a long reply, with its remembered reports by check, looked up once per lint. */
interface Part extends Chunk {
  remembered: Map<string, Report[]> | undefined;
}

let scoping = true;

/** Turns paragraph-by-paragraph checking of long replies off (on by default): for tests that compare the two. */
export function setScoping(enabled: boolean): void {
  scoping = enabled;
}

/** The paragraphs of a long reply, each with what a paragraph-scoped check sees of it. */
function paragraphParts(context: ReplyContext, chunks: readonly Chunk[]): Part[] {
  const { original } = context;
  const head = `${context.language}\u0000${context.channel}\u0000${context.template}\u0000${context.eol}`;
  return chunks.map((chunk) => {
    const written = original === context.text ? undefined : original.slice(chunk.start, chunk.end);
    const shape = { head, written: written === chunk.text ? undefined : written, layout: context.layoutOf(chunk.start, chunk.end) };
    return { start: chunk.start, end: chunk.end, text: chunk.text, remembered: paragraphReports(chunk.text, shape) };
  });
}

/** A report moved by `by` characters (fields copied one by one: faster than a spread of an object of any shape). */
function moved(report: Report, by: number): Report {
  return {
    start: report.start + by,
    end: report.end + by,
    message: report.message,
    expected: report.expected,
    safe: report.safe,
    note: report.note,
    severity: report.severity,
    once: report.once,
  };
}

/** The text's paragraphs: the stretches between blank lines that hold something. */
export function paragraphChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  const blankLines = /\r?\n(?:[ \t]*\r?\n)+/g;
  let from = 0;
  const take = (end: number): void => {
    if (end <= from) return;
    const part = text.slice(from, end);
    if (/\S/.test(part)) chunks.push({ start: from, end, text: part });
  };
  let match: RegExpExecArray | null;
  while ((match = blankLines.exec(text)) !== null) {
    take(match.index);
    from = match.index + match[0].length;
  }
  take(text.length);
  return chunks;
}

/**
 * The longest piece of text given to the parser at once, with each run of
 * white space counted as one. parse-english's time grows faster than a
 * paragraph's length (one paragraph of 200,000 short lines took 40 s and
 * 830 MB), so a longer paragraph is cut: in the second half of the piece, at
 * the last sentence end, else the last line break, else the last white space.
 * White space counts once so that words a long run of it separates stay in
 * one sentence, as they would without the cut.
 */
export const maxParseLength = 4000;

const endsSentence = (code: number): boolean => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x061f;

/** Where the piece of `text` that starts at `from` ends. */
function pieceEnd(text: string, from: number): number {
  let weight = 0;
  let sentence = -1;
  let line = -1;
  let space = -1;
  let i = from;
  while (i < text.length && weight < maxParseLength) {
    weight++;
    if (!isWhiteSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const run = i;
    let newline = false;
    for (; i < text.length && isWhiteSpace(text.charCodeAt(i)); i++) if (text.charCodeAt(i) === 10) newline = true;
    if (weight < maxParseLength / 2 || run === from) continue;
    if (endsSentence(text.charCodeAt(run - 1))) sentence = run;
    else if (newline) line = run;
    else space = run;
  }
  if (i >= text.length) return text.length;
  if (sentence !== -1) return sentence;
  if (line !== -1) return line;
  if (space !== -1) return space;
  // No white space at all: cut anywhere but inside a surrogate pair.
  const code = text.charCodeAt(i);
  return code >= 0xdc00 && code <= 0xdfff ? i - 1 : i;
}

/** parse-english's sentences for a paragraph, parsed in pieces of at most maxParseLength. */
function pieceSentences(text: string, language: Language, into: Array<[number, number]>, offset: number): void {
  if (text.length <= maxParseLength) {
    for (const range of paragraphSentences(text, language)) into.push([offset + range[0], offset + range[1]]);
    return;
  }
  for (let from = 0; from < text.length; ) {
    const end = pieceEnd(text, from);
    for (const range of paragraphSentences(text.slice(from, end), language)) into.push([offset + from + range[0], offset + from + range[1]]);
    from = end;
  }
}

/** parse-english's sentences for the whole text: its paragraphs end at blank lines, so each is parsed on its own. */
function parseSentences(text: string, language: Language, chunks: readonly Chunk[] | undefined): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  if (!chunks) {
    pieceSentences(text, language, ranges, 0);
    return ranges;
  }
  for (const chunk of chunks) pieceSentences(chunk.text, language, ranges, chunk.start);
  return ranges;
}

/** The part of a range inside `start`–`end`, in offsets from `start`; none when they do not overlap. */
function clip(range: Range | undefined, start: number, end: number): Range | undefined {
  if (!range || range.end <= start || range.start >= end) return undefined;
  return { start: Math.max(range.start, start) - start, end: Math.min(range.end, end) - start };
}

/** Web addresses: a scheme or "www." and what follows it up to white space or a bracket. */
const webAddress = /\b(?:https?:\/\/|www\.)[^\s<>()[\]"]+/giu;
const localPart = /[\p{L}\p{N}_.+-]/u;
const domainPart = /[\p{L}\p{N}_.-]/u;

/**
 * Web and e-mail addresses and placeholders as written, in order, merged where they overlap. An e-mail address is
 * grown from its "@" both ways (in code: a pattern that tries every start of a long word before its "@" is quadratic).
 */
function addressesIn(text: string): Range[] {
  const found: Range[] = [];
  for (const m of text.matchAll(webAddress)) found.push({ start: m.index, end: m.index + m[0].length });
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && localPart.test(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && domainPart.test(text[end]!)) end++;
    while (end > at + 1 && text[end - 1] === '.') end--;
    if (start < at && text.slice(at + 1, end).includes('.')) found.push({ start, end });
  }
  for (const p of findPlaceholders(text)) found.push({ start: p.start, end: p.end });
  found.sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const r of found) {
    const last = merged.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** The ranges of a sorted, non-overlapping list that overlap `start`–`end`, found by binary search. */
function overlapping(ranges: readonly Range[], start: number, end: number): Range[] {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const found: Range[] = [];
  for (let i = lo; i < ranges.length && ranges[i]!.start < end; i++) found.push(ranges[i]!);
  return found;
}

/** Whether the word "in" (any case) ends just before `i`, within the sentence from `from`: read by code unit, not by a regex on a slice. */
function endsWordIn(text: string, from: number, i: number): boolean {
  return (
    i - 2 >= from &&
    (text.charCodeAt(i - 1) | 32) === 0x6e &&
    (text.charCodeAt(i - 2) | 32) === 0x69 &&
    (i - 2 === from || isWhiteSpace(text.charCodeAt(i - 3)))
  );
}

/** Words that end in a full stop inside a sentence: "approx. five days", "incl. delivery", "e.g. the app". */
const abbreviations = new Set(['in', 'etc', 'approx', 'incl', 'excl', 'vs', 'viz', 'cf', 'eg', 'ie', 'al', 'no', 'nos', 'nr', 'st', 'dr', 'mr', 'mrs', 'ms', 'jr', 'sr', 'min', 'mins', 'max', 'dept', 'tel', 'ext', 'est', 'ref', 'inc', 'ltd', 'co', 'corp', 'govt', 'misc', 'fig', 'vol', 'ch', 'sec', 'secs', 'pg', 'pp', 'ave', 'rd', 'mt', 'ft', 'oz', 'lb', 'lbs', 'kg', 'km', 'hr', 'hrs', 'wk', 'wks', 'mo', 'yr', 'yrs', 'qty', 'pc', 'pcs', 'sq', 'op', 'orig', 'avg', 'appt', 'acc', 'apt', 'bldg', 'blvd', 'dist', 'div', 'gen', 'hwy', 'intl', 'mfg', 'natl', 'dec', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov']);

/**
 * A full stop that ends a sentence although the next word is in lower case: white space, then a lower-case letter,
 * after a word of two letters or more that is no abbreviation (not "e.g.", "approx." or an ellipsis).
 */
function endsSentenceBeforeLowerCase(text: string, from: number, i: number, end: number): boolean {
  let next = i + 1;
  if (next >= end || !isWhiteSpace(text.charCodeAt(next))) return false;
  while (next < end && isWhiteSpace(text.charCodeAt(next))) next++;
  const code = text.charCodeAt(next);
  if (!(code >= 0x61 && code <= 0x7a)) return false;
  // The word before the stop, read backwards (twenty characters at most): letters, with the hyphens and apostrophes of
  // a word such as "non-refundable" or "can't", standing on white space.
  let start = i;
  while (start > from && i - start < 20 && /[a-z'’-]/i.test(text[start - 1]!)) start--;
  if (i - start < 2 || (start > from && !isWhiteSpace(text.charCodeAt(start - 1)))) return false;
  return !abbreviations.has(text.slice(start, i).toLowerCase());
}

/**
 * A full stop after a number that ends a sentence: "… at gate 2. The lounge fills up …", «… في المبنى 2. الصالة تمتلئ …».
 * The number stands after a word of the sentence (not a list's number opening it, "2. Tap Settings"), the next sentence
 * starts after white space with a capital and a small letter or with an Arabic letter, and the number is not the next
 * item of a list written inline ("1. Open the app 2. Tap Settings").
 */
function endsSentenceAfterNumber(text: string, from: number, i: number, end: number): boolean {
  let start = i;
  while (start > from && i - start < 12 && /[0-9\u0660-\u0669\u06F0-\u06F9]/u.test(text[start - 1]!)) start--;
  if (start === i || start === from || !isWhiteSpace(text.charCodeAt(start - 1))) return false;
  if (!/^\s{1,2}(?:\p{Lu}\p{Ll}|[\u0621-\u064A])/u.test(text.slice(i + 1, i + 5))) return false;
  const before = text.slice(Math.max(from, start - 201), start - 1);
  if (!/\p{L}/u.test(before)) return false;
  // Western, Arabic-Indic and Persian digits all end in their value.
  const number = Number(text.slice(start, i).replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (d) => String(d.charCodeAt(0) & 0xf)));
  // An item of a list written inline has its neighbour before it or after it in the sentence (looked for in a window
  // around it: a long run of numbers is read in linear time).
  return number > 30 || !(listMarkerIn(before, String(number - 1)) || listMarkerIn(text.slice(i + 1, Math.min(end, i + 201)), String(number + 1)));
}

/** Whether `number` stands in `text` as a list's number: after white space or at the start, then "." or ")". */
function listMarkerIn(text: string, number: string): boolean {
  for (let at = text.indexOf(number); at !== -1; at = text.indexOf(number, at + 1)) {
    const after = text[at + number.length];
    if ((at === 0 || isWhiteSpace(text.charCodeAt(at - 1))) && (after === '.' || after === ')')) return true;
  }
  return false;
}

const regionCodes: Record<Region, number> = { greeting: 0, body: 1, signOff: 2, quoted: 3 };

function regionOf(structure: ReplyStructure, start: number, end: number): Region {
  if (inRanges(structure.quoted, start, end)) return 'quoted';
  if (structure.greeting && end <= structure.greeting.end) return 'greeting';
  if (structure.signOff && start >= structure.signOff.start) return 'signOff';
  if (start >= structure.body.start && end <= structure.body.end) return 'body';
  return start < structure.body.start ? 'greeting' : 'signOff';
}

/** Whether only spaces and tabs stand between the line's start and `at`. */
function opensLine(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < 0 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
}

/** Whether only spaces and tabs stand between `at` and the line's end. */
function closesLine(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i >= text.length || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
}

/**
 * Sentences from the retext tree, split further where a reply's lines are
 * separate units (list items, sign-off lines, a line ending in punctuation),
 * and at the edges of greeting and sign-off.
 */
/**
 * What starts a new sentence after a run of emoji: white space (a line break too), then a capital and a small letter, or an Arabic letter
 * (a script without capitals, where chats and tweets end a sentence on an emoji as often: «هلا والله 🌷 كلمتهم الحين …»), or
 * a subject that opens a clause, in the lower case tweets are written in ("So sorry your bag didn't make it 😞 it's been
 * traced to Gatwick").
 */
const sentenceAfter = /^\s+(?:\p{Lu}\p{Ll}|[\u0621-\u064A]|(?:it['’]s|it (?:has|is|was|will)|we(?:['’](?:ve|ll|re|d))?|i['’](?:ve|ll|m|d)|you(?:['’](?:ll|re|ve))?|they(?:['’](?:ve|ll|re))?|your|please|pls|just|that['’]s|there['’]s)\s)/u;
/** Where a run of emoji ends a sentence in the text, in order. */
function emojiEnds(text: string): number[] {
  return emojiRunsBefore(text, sentenceAfter).map((run) => run.end);
}

/**
 * The sentences of the text: parse-english's, cut further at line breaks that end a unit, at a full stop before a word
 * in lower case (chat and tweets written in lower case: "… by the wind. just give it a nudge"), at emoji a new sentence
 * follows, and at quoted lines.
 */
function collectSentences(text: string, parsed: ReadonlyArray<[number, number]>, structure: ReplyStructure): Sentence[] {
  const cuts = new Set<number>();
  if (structure.greeting) cuts.add(structure.greeting.end);
  if (structure.signOff) cuts.add(structure.signOff.start);
  // A quoted line or trail stands apart from the writer's sentences; a quotation inside a line ('run "git rebase"
  // against this branch', 'choose "Something Else"') is part of the sentence that holds it, so no cut is made there.
  for (const q of structure.quoted) {
    if (opensLine(text, q.start)) cuts.add(q.start);
    if (closesLine(text, q.end)) cuts.add(q.end);
  }
  const sentences: Sentence[] = [];
  const push = (rawStart: number, rawEnd: number): void => {
    let start = rawStart;
    let end = rawEnd;
    while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
    while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    if (end <= start) return;
    const slice = text.slice(start, end);
    sentences.push({
      start,
      end,
      text: slice,
      region: regionOf(structure, start, end),
      isQuestion: /[?؟][\s"'’”)\]\p{Extended_Pictographic}]*$/u.test(slice),
    });
  };
  // Only line breaks, full stops and cut points can split a parsed sentence: visit those, not every character.
  // (parse-english does not end a sentence at the Arabic question mark: it is a stop here.)
  const cutList = [...cuts].sort((a, b) => a - b);
  const marks = ['\n', '.', '؟'].map((mark) => new Occurrences(text, mark));
  // The ends of emoji runs that a new sentence follows, for the parsed ranges in order (they come in order).
  const emojiStops = emojiEnds(text);
  let nextEmoji = 0;
  for (const [start, end] of parsed) {
    const stops: number[] = [];
    for (const mark of marks) mark.collect(start, end, stops);
    for (const cut of cutList) if (cut > start && cut < end) stops.push(cut);
    // An emoji ends a sentence as a full stop does when a new one starts after it, as tweets are written: "… checks at
    // 09:40 ✅ The receiving bank …" (not inside a name or before a lower-case word: "I love it 😍 so much").
    const emojis = new Set<number>();
    while (nextEmoji < emojiStops.length && emojiStops[nextEmoji]! < end) {
      if (emojiStops[nextEmoji]! > start) emojis.add(emojiStops[nextEmoji]!);
      nextEmoji++;
    }
    for (const i of emojis) stops.push(i);
    stops.sort((a, b) => a - b);
    let from = start;
    for (const i of stops) {
      if (i < from) continue;
      const code = text.charCodeAt(i);
      // parse-english reads "in." as an abbreviation (inch); at the end of "writing in." it ends a sentence.
      if (code === 46 && endsWordIn(text, from, i) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(i + 1, i + 4))) {
        push(from, i + 1);
        from = i + 1;
        continue;
      }
      if (code === 46 && endsSentenceAfterNumber(text, from, i, end)) {
        push(from, i + 1);
        from = i + 1;
        continue;
      }
      if (code === 46 && endsSentenceBeforeLowerCase(text, from, i, end)) {
        push(from, i + 1);
        from = i + 1;
        continue;
      }
      if (code === 0x061f && i + 1 < end && isWhiteSpace(text.charCodeAt(i + 1))) {
        push(from, i + 1);
        from = i + 1;
        continue;
      }
      if (emojis.has(i) && i > from) {
        push(from, i);
        from = i;
        continue;
      }
      if (cuts.has(i) && i > from) {
        push(from, i);
        from = i;
      }
      if (code === 10 && isLineBreakBoundary(text, from, i, end)) {
        push(from, i);
        from = i + 1;
      }
    }
    push(from, end);
  }
  return sentences;
}

/**
 * The places of one character in a text, asked for range after range in
 * increasing order. Each search resumes where the last one stopped, so the
 * whole text is searched once: an indexOf from each range's start would run
 * on to the end of the text whenever the character is missing, which made
 * long Arabic documents without «؟» quadratic.
 */
class Occurrences {
  private next = -2;

  constructor(
    private readonly text: string,
    private readonly char: string,
  ) {}

  /** Pushes the places of the character from `start` to before `end`. */
  collect(start: number, end: number, into: number[]): void {
    if (this.next === -1) return;
    if (this.next < start) this.next = this.text.indexOf(this.char, start);
    while (this.next !== -1 && this.next < end) {
      into.push(this.next);
      this.next = this.text.indexOf(this.char, this.next + 1);
    }
  }
}

/**
 * Words that cannot end an English sentence: an article, a preposition, a conjunction, or a verb of the screen that
 * takes its object next ("click", "tap"). A line that ends on one is hard-wrapped mid-sentence, even when the next line
 * opens with a capital ("Go to Settings, click⏎Privacy, clear the cache, …", a menu's name).
 */
const carriesOn = new Set(['a', 'an', 'the', 'your', 'our', 'their', 'its', 'my', 'this', 'these', 'those', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'into', 'onto', 'under', 'via', 'and', 'or', 'but', 'then', 'click', 'tap', 'select', 'choose', 'press', 'open', 'enter', 'type', 'visit']);

/** A newline ends a unit unless the next line continues a hard-wrapped sentence: in lower case, or after a word that carries on. */
function isLineBreakBoundary(text: string, from: number, newline: number, end: number): boolean {
  let next = newline + 1;
  while (next < end && (text[next] === ' ' || text[next] === '\t')) next++;
  const after = text[next] ?? '';
  // The last character before the line break, read backwards: a regex on the sentence so far would read it all at every line.
  let last = newline;
  while (last > from && isWhiteSpace(text.charCodeAt(last - 1))) last--;
  if (last === from) return true;
  if ('.!?:;)]،؛؟'.includes(text[last - 1]!)) return true;
  // Arabic has no lower case: a line that ends without punctuation and goes on in Arabic is one sentence.
  if (/\p{Ll}|[\u0621-\u064A]/u.test(after)) return false;
  // The line's last word, read backwards (at most a dozen letters): a capital after one that carries on is a name.
  let wordStart = last;
  while (wordStart > from && last - wordStart < 12 && /[a-z]/iu.test(text[wordStart - 1]!)) wordStart--;
  if (wordStart === last || (wordStart > from && /[\p{L}\p{N}'’]/u.test(text[wordStart - 1]!))) return true;
  return !(/\p{Lu}/u.test(after) && carriesOn.has(text.slice(wordStart, last).toLowerCase()));
}
