/**
 * Many literal phrases found in one pass over a text (Aho–Corasick), with no
 * regular expression built from the phrases: the work grows with the text and
 * the phrases, whatever they hold, so no team's config can make the linter
 * backtrack.
 *
 * Phrases and text are read the same normalised way: case folded, ’ read as ',
 * Arabic letter forms folded and diacritics and tatweel dropped, and every run
 * of white space read as one space. A hit maps back to the exact UTF-16 range
 * of the text as written (marks on its last letter included).
 */
import { isWhiteSpace } from './structure.js';

export interface LiteralHit {
  /** Index of the phrase in the list the matcher was built from. */
  index: number;
  start: number;
  end: number;
}

/** The word edges a hit must stand on in the text as written. */
export interface Edges {
  /** Whether any phrase may end at `end`: asked once for all the phrases that end there. */
  end(text: string, end: number): boolean;
  /** Whether the hit of phrase `index` from `start` to `end` may stand. */
  hit(text: string, start: number, end: number, index: number): boolean;
}

const isMark = (code: number): boolean => (code >= 0x064b && code <= 0x0652) || code === 0x0670 || code === 0x0640;

/** One form for letters written several ways (as arabic.ts folds them for its patterns). */
function foldArabicCode(code: number): number {
  switch (code) {
    case 0x0623:
    case 0x0625:
    case 0x0622:
    case 0x0671:
      return 0x0627;
    case 0x0629:
      return 0x0647;
    case 0x0649:
    case 0x0626:
      return 0x064a;
    case 0x0624:
      return 0x0648;
    default:
      return code;
  }
}

let lowerTable: Uint16Array | undefined;

/** Lower case of one UTF-16 code unit, where it stays one code unit (as a case-insensitive regex compares them). */
function lower(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  if (!lowerTable) {
    lowerTable = new Uint16Array(0x10000);
    for (let c = 0; c < 0x10000; c++) {
      const l = String.fromCharCode(c).toLowerCase();
      lowerTable[c] = l.length === 1 ? l.charCodeAt(0) : c;
    }
  }
  return lowerTable[code]!;
}

/** The normalised form of a code unit, or -1 when it is dropped (a mark). White space is the caller's. */
function normalCode(code: number): number {
  if (code === 0x2019) return 0x27;
  if (code >= 0x0621 && code <= 0x0671) return isMark(code) ? -1 : foldArabicCode(code);
  return lower(code);
}

/** A phrase as the matcher reads it: trimmed, white space runs as one space. */
export function normalisePhrase(phrase: string): number[] {
  const units: number[] = [];
  for (let i = 0; i < phrase.length; i++) {
    const code = phrase.charCodeAt(i);
    if (isWhiteSpace(code)) {
      if (units.length > 0 && units.at(-1) !== 0x20) units.push(0x20);
      continue;
    }
    const n = normalCode(code);
    if (n !== -1) units.push(n);
  }
  if (units.at(-1) === 0x20) units.pop();
  return units;
}

export class LiteralMatcher {
  /** Goto edges, keyed `state * 65536 + code unit`. */
  private readonly next = new Map<number, number>();
  private readonly fail: number[] = [0];
  /** The phrase that ends at a state (the first listed, when several normalise alike), or -1. */
  private readonly output: number[] = [-1];
  /** The nearest state down the failure chain with an output, or 0. */
  private readonly outputLink: number[] = [0];
  private readonly depth: number[] = [0];

  constructor(phrases: readonly string[]) {
    phrases.forEach((phrase, index) => {
      const units = normalisePhrase(phrase);
      if (units.length === 0) return;
      let state = 0;
      for (const unit of units) {
        const key = state * 65536 + unit;
        let to = this.next.get(key);
        if (to === undefined) {
          to = this.fail.length;
          this.next.set(key, to);
          this.fail.push(0);
          this.output.push(-1);
          this.outputLink.push(0);
          this.depth.push(this.depth[state]! + 1);
        }
        state = to;
      }
      if (this.output[state] === -1) this.output[state] = index;
    });
    this.link();
  }

  /** Failure and output links, breadth first. */
  private link(): void {
    const children: number[][] = this.fail.map(() => []);
    const codes: number[][] = this.fail.map(() => []);
    for (const [key, to] of this.next) {
      const from = Math.floor(key / 65536);
      children[from]!.push(to);
      codes[from]!.push(key % 65536);
    }
    const queue = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      children[state]!.forEach((child, i) => {
        const code = codes[state]![i]!;
        if (state !== 0) {
          let f = this.fail[state]!;
          while (f !== 0 && !this.next.has(f * 65536 + code)) f = this.fail[f]!;
          this.fail[child] = this.next.get(f * 65536 + code) ?? 0;
        }
        const f = this.fail[child]!;
        this.outputLink[child] = this.output[f] !== -1 ? f : this.outputLink[f]!;
        queue.push(child);
      });
    }
  }

  private step(state: number, code: number): number {
    let s = state;
    for (;;) {
      const to = this.next.get(s * 65536 + code);
      if (to !== undefined) return to;
      if (s === 0) return 0;
      s = this.fail[s]!;
    }
  }

  /**
   * The hits in `text` from `from` to `to` that `edges` accepts, left to
   * right and not overlapping: at each place the first listed phrase that
   * matches there, as a regex alternation would choose.
   */
  find(text: string, from: number, to: number, edges: Edges): LiteralHit[] {
    // Where each normalised code unit of the text came from: its first and one past its last code unit as written.
    const starts: number[] = [];
    const ends: number[] = [];
    const candidates: LiteralHit[] = [];
    let state = 0;
    let pending = -1;
    const feed = (code: number, start: number, end: number): void => {
      state = this.step(state, code);
      starts.push(start);
      ends.push(end);
      pending = state;
    };
    // A state's hits are collected once its last code unit's extent is known (marks after a letter extend it).
    const collect = (): void => {
      if (pending === -1) return;
      const last = ends.length - 1;
      if (!edges.end(text, ends[last]!)) {
        pending = -1;
        return;
      }
      for (let s = this.output[pending] !== -1 ? pending : this.outputLink[pending]!; s !== 0; s = this.outputLink[s]!) {
        const index = this.output[s]!;
        const start = starts[last - this.depth[s]! + 1]!;
        const end = ends[last]!;
        if (edges.hit(text, start, end, index)) candidates.push({ index, start, end });
      }
      pending = -1;
    };
    let inSpace = false;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      if (isWhiteSpace(code)) {
        if (inSpace) ends[ends.length - 1] = i + 1;
        else {
          collect();
          feed(0x20, i, i + 1);
          inSpace = true;
        }
        continue;
      }
      const n = normalCode(code);
      if (n === -1) {
        // A diacritic or tatweel belongs to the letter before it.
        if (!inSpace && ends.length > 0) ends[ends.length - 1] = i + 1;
        continue;
      }
      collect();
      feed(n, i, i + 1);
      inSpace = false;
    }
    collect();
    candidates.sort((a, b) => a.start - b.start || a.index - b.index);
    const hits: LiteralHit[] = [];
    let after = from;
    for (const hit of candidates) {
      if (hit.start < after) continue;
      hits.push(hit);
      after = hit.end;
    }
    return hits;
  }
}
