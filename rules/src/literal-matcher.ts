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
  /**
   * Goto edges, by state and code unit. Most states of a phrase trie have one child: it is kept in two arrays, and
   * only a state with more has a map of the rest, keyed by code unit, a small integer. (One map keyed
   * `state * 65536 + code` outgrew small integers past 32,768 states and hashed heap numbers: a third of a 1 MB lint
   * with 10,000 phrases.) The root's edges, taken at every character, are a dense table.
   */
  private readonly rootNext = new Int32Array(0x10000);
  private readonly firstCode: number[] = [-1];
  private readonly firstTo: number[] = [0];
  private readonly moreNext = new Map<number, Map<number, number>>();
  private readonly fail: number[] = [0];
  /** The phrase that ends at a state (the first listed, when several normalise alike), or -1. */
  private readonly output: number[] = [-1];
  /** The nearest state down the failure chain with an output, or 0. */
  private readonly outputLink: number[] = [0];
  private readonly depth: number[] = [0];
  /** The longest phrase, in normalised code units: how far back a hit may start. */
  private longest = 0;

  constructor(phrases: readonly string[]) {
    phrases.forEach((phrase, index) => {
      const units = normalisePhrase(phrase);
      if (units.length === 0) return;
      this.longest = Math.max(this.longest, units.length);
      let state = 0;
      for (const unit of units) {
        let to = this.edge(state, unit);
        if (to === 0) {
          to = this.fail.length;
          if (state === 0) this.rootNext[unit] = to;
          else if (this.firstCode[state] === -1) {
            this.firstCode[state] = unit;
            this.firstTo[state] = to;
          } else {
            let more = this.moreNext.get(state);
            if (!more) this.moreNext.set(state, (more = new Map()));
            more.set(unit, to);
          }
          this.firstCode.push(-1);
          this.firstTo.push(0);
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

  /** The state an edge leads to, or 0 when there is none (no edge leads back to the root). */
  private edge(state: number, code: number): number {
    if (state === 0) return this.rootNext[code]!;
    if (this.firstCode[state] === code) return this.firstTo[state]!;
    return this.moreNext.get(state)?.get(code) ?? 0;
  }

  /** Failure and output links, breadth first. */
  private link(): void {
    const queue: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (this.rootNext[code] !== 0) queue.push(this.rootNext[code]!);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const f = this.fail[state]!;
      this.outputLink[state] = this.output[f] !== -1 ? f : this.outputLink[f]!;
      if (this.firstCode[state] === -1) continue;
      const children: Array<[number, number]> = [[this.firstCode[state]!, this.firstTo[state]!], ...(this.moreNext.get(state) ?? [])];
      for (const [code, child] of children) {
        let g = this.fail[state]!;
        while (g !== 0 && this.edge(g, code) === 0) g = this.fail[g]!;
        this.fail[child] = this.edge(g, code);
        queue.push(child);
      }
    }
  }

  private step(state: number, code: number): number {
    let s = state;
    for (;;) {
      const to = this.edge(s, code);
      if (to !== 0 || s === 0) return to;
      s = this.fail[s]!;
    }
  }

  /**
   * The hits in `text` from `from` to `to` that `edges` accepts, left to
   * right and not overlapping: at each place the first listed phrase that
   * matches there, as a regex alternation would choose.
   */
  find(text: string, from: number, to: number, edges: Edges): LiteralHit[] {
    // Where each of the last `longest` normalised code units of the text came from: its first and one past its last
    // code unit as written, in rings indexed by the unit's count.
    // One more than needed (the last `longest` units would do), so that a matcher with no phrase still has a ring.
    const size = this.longest + 1;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    let count = 0;
    const candidates: LiteralHit[] = [];
    let state = 0;
    let pending = -1;
    const feed = (code: number, start: number, end: number): void => {
      state = this.step(state, code);
      starts[count % size] = start;
      ends[count % size] = end;
      count++;
      pending = state;
    };
    // A state's hits are collected once its last code unit's extent is known (marks after a letter extend it).
    const collect = (): void => {
      if (pending === -1) return;
      const end = ends[(count - 1) % size]!;
      if (!edges.end(text, end)) {
        pending = -1;
        return;
      }
      for (let s = this.output[pending] !== -1 ? pending : this.outputLink[pending]!; s !== 0; s = this.outputLink[s]!) {
        const index = this.output[s]!;
        const start = starts[(count - this.depth[s]!) % size]!;
        if (edges.hit(text, start, end, index)) candidates.push({ index, start, end });
      }
      pending = -1;
    };
    let inSpace = false;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      if (isWhiteSpace(code)) {
        if (inSpace) ends[(count - 1) % size] = i + 1;
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
        if (!inSpace && count > 0) ends[(count - 1) % size] = i + 1;
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
