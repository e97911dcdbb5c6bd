import { unified } from 'unified';
import retextEnglish from 'retext-english';
import type { Root } from 'nlcst';
import { analyzeStructure, inRanges, type Range, type ReplyStructure } from './structure.js';
import type { Channel } from './types.js';
import { analyzeChecklist, type Checklist } from './checklist.js';

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
  readonly tree: Root;
  readonly structure: ReplyStructure;
  readonly sentences: Sentence[];
  private readonly starts: number[];

  constructor(text: string, channel: Channel, template = false, original = text) {
    this.text = text;
    this.original = original;
    this.channel = channel;
    this.template = template;
    this.tree = parser.parse(text);
    this.structure = analyzeStructure(text);
    this.sentences = collectSentences(text, this.tree, this.structure);
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
function collectSentences(text: string, tree: Root, structure: ReplyStructure): Sentence[] {
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
      isQuestion: /\?[\s"'’”)\]\p{Extended_Pictographic}]*$/u.test(slice),
    });
  };
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      const start = sentence.position?.start.offset;
      const end = sentence.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      let from = start;
      for (let i = start; i < end; i++) {
        const code = text.charCodeAt(i);
        // parse-english reads "in." as an abbreviation (inch); at the end of "writing in." it ends a sentence.
        if (code === 46 && i > from && /(?:^|\s)in$/iu.test(text.slice(Math.max(from, i - 3), i)) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(i + 1, i + 4))) {
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
  if (/[.!?:;)\]]$/u.test(before)) return true;
  return !/\p{Ll}/u.test(after);
}
