import { unified } from 'unified';
import retextEnglish from 'retext-english';
import type { Root } from 'nlcst';
import { analyzeStructure, inRanges, type Range, type ReplyStructure } from './structure.js';
import type { Channel } from './types.js';
import type { Language } from './language.js';
import { analyzeChecklist, type Checklist } from './checklist.js';
import { arabicSource, MatchSource } from './arabic.js';

const parser = unified().use(retextEnglish).freeze();

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
  readonly structure: ReplyStructure;
  readonly sentences: Sentence[];
  private readonly starts: number[];

  constructor(text: string, channel: Channel, template = false, original = text, language: Language = 'en') {
    this.language = language;
    this.text = text;
    this.original = original;
    this.channel = channel;
    this.template = template;
    this.structure = analyzeStructure(text);
    this.sentences = collectSentences(text, parseSentences(text), this.structure);
    this.starts = this.sentences.map((s) => s.start);
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

  private body: Sentence[] | undefined;
  private parts: Checklist | undefined;
  private arabic: MatchSource | undefined;
  private plain: MatchSource | undefined;

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

  /** Which parts of a good reply are present, and where (computed once). */
  get checklist(): Checklist {
    this.parts ??= analyzeChecklist(this);
    return this.parts;
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
const paragraphCache = new Map<string, Array<[number, number]>>();
let paragraphCacheSize = 4000;

/** How many paragraphs to remember (0 turns the cache off, as benchmarks against a bare parse do). */
export function setParagraphCacheSize(size: number): void {
  paragraphCacheSize = Math.max(0, size);
  paragraphCache.clear();
}

function paragraphSentences(paragraph: string): Array<[number, number]> {
  const cached = paragraphCache.get(paragraph);
  if (cached) {
    // Most recently used last, so the oldest goes first when the cache is full.
    paragraphCache.delete(paragraph);
    paragraphCache.set(paragraph, cached);
    return cached;
  }
  const ranges: Array<[number, number]> = [];
  const tree = parser.parse(paragraph) as Root;
  for (const node of tree.children) {
    if (node.type !== 'ParagraphNode') continue;
    for (const sentence of node.children) {
      const start = sentence.position?.start.offset;
      const end = sentence.position?.end.offset;
      if (sentence.type === 'SentenceNode' && start !== undefined && end !== undefined) ranges.push([start, end]);
    }
  }
  if (paragraphCacheSize > 0) {
    paragraphCache.set(paragraph, ranges);
    if (paragraphCache.size > paragraphCacheSize) paragraphCache.delete(paragraphCache.keys().next().value!);
  }
  return ranges;
}

/** Below this length a text is parsed in one call: splitting a short reply costs more parser calls than it saves. */
const wholeTextLimit = 4000;

/** parse-english's sentences for the whole text: its paragraphs end at blank lines, so each is parsed on its own. */
function parseSentences(text: string): Array<[number, number]> {
  if (text.length < wholeTextLimit) return paragraphSentences(text);
  const ranges: Array<[number, number]> = [];
  const blankLines = /\r?\n(?:[ \t]*\r?\n)+/g;
  let from = 0;
  const take = (end: number): void => {
    if (end > from && /\S/.test(text.slice(from, end))) for (const [s, e] of paragraphSentences(text.slice(from, end))) ranges.push([from + s, from + e]);
  };
  let match: RegExpExecArray | null;
  while ((match = blankLines.exec(text)) !== null) {
    take(match.index);
    from = match.index + match[0].length;
  }
  take(text.length);
  return ranges;
}

function regionOf(structure: ReplyStructure, start: number, end: number): Region {
  if (inRanges(structure.quoted, start, end)) return 'quoted';
  if (structure.greeting && end <= structure.greeting.end) return 'greeting';
  if (structure.signOff && start >= structure.signOff.start) return 'signOff';
  if (start >= structure.body.start && end <= structure.body.end) return 'body';
  return start < structure.body.start ? 'greeting' : 'signOff';
}

/**
 * Sentences from the retext tree, split further where a reply's lines are
 * separate units (list items, sign-off lines, a line ending in punctuation),
 * and at the edges of greeting and sign-off.
 */
function collectSentences(text: string, parsed: ReadonlyArray<[number, number]>, structure: ReplyStructure): Sentence[] {
  const cuts = new Set<number>();
  if (structure.greeting) cuts.add(structure.greeting.end);
  if (structure.signOff) cuts.add(structure.signOff.start);
  for (const q of structure.quoted) {
    cuts.add(q.start);
    cuts.add(q.end);
  }
  const sentences: Sentence[] = [];
  const push = (rawStart: number, rawEnd: number): void => {
    let start = rawStart;
    let end = rawEnd;
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
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
  const cutList = [...cuts].sort((a, b) => a - b);
  for (const [start, end] of parsed) {
    const stops: number[] = [];
    for (let i = text.indexOf('\n', start); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) stops.push(i);
    for (let i = text.indexOf('.', start); i !== -1 && i < end; i = text.indexOf('.', i + 1)) stops.push(i);
    // parse-english does not end a sentence at the Arabic question mark.
    for (let i = text.indexOf('؟', start); i !== -1 && i < end; i = text.indexOf('؟', i + 1)) stops.push(i);
    for (const cut of cutList) if (cut > start && cut < end) stops.push(cut);
    stops.sort((a, b) => a - b);
    let from = start;
    for (const i of stops) {
      if (i < from) continue;
      const code = text.charCodeAt(i);
      // parse-english reads "in." as an abbreviation (inch); at the end of "writing in." it ends a sentence.
      if (code === 46 && i > from && /(?:^|\s)in$/iu.test(text.slice(Math.max(from, i - 3), i)) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(i + 1, i + 4))) {
        push(from, i + 1);
        from = i + 1;
        continue;
      }
      if (code === 0x061f && i + 1 < end && /\s/u.test(text[i + 1]!)) {
        push(from, i + 1);
        from = i + 1;
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

/** A newline ends a unit unless the next line continues a hard-wrapped sentence in lower case. */
function isLineBreakBoundary(text: string, from: number, newline: number, end: number): boolean {
  let next = newline + 1;
  while (next < end && (text[next] === ' ' || text[next] === '\t')) next++;
  const after = text[next] ?? '';
  const before = text.slice(from, newline).trimEnd();
  if (before === '') return true;
  if (/[.!?:;)\]،؛؟]$/u.test(before)) return true;
  // Arabic has no lower case: a line that ends without punctuation and goes on in Arabic is one sentence.
  return !/\p{Ll}|[\u0621-\u064A]/u.test(after);
}
