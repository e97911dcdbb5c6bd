/**
 * Whether a condition is still open at a place in a sentence ("If you need
 * to …": a condition word, white space, and no closing punctuation since).
 * What a sentence holds is read once, the first time it is asked about, and
 * each question after is two binary searches: a `…[^,.]*$` pattern run on
 * "the sentence so far" before every hit read a long sentence again per hit.
 */
export interface ConditionWords {
  /** Global; each match ends with the one white-space character after a condition word. */
  words: RegExp;
  /** The punctuation that closes a condition. */
  closers: string;
}

interface Facts {
  /** Offsets of the white space after each condition word, ascending. */
  opens: number[];
  /** Offsets of closing punctuation, ascending. */
  closes: number[];
}

/** The largest value in a sorted list below `limit`, or -1. */
function lastBelow(sorted: readonly number[], limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? -1 : sorted[lo - 1]!;
}

/** A test for one set of condition words: `open(key, text, offset)`, with `key` an object that stands for `text` (its sentence). */
export function openConditions({ words, closers }: ConditionWords): (key: object, text: string, offset: number) => boolean {
  const facts = new WeakMap<object, Facts>();
  return (key, text, offset) => {
    let known = facts.get(key);
    if (!known) {
      known = { opens: [], closes: [] };
      for (let i = 0; i < text.length; i++) if (closers.includes(text[i]!)) known.closes.push(i);
      words.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = words.exec(text)) !== null) {
        const space = match.index + match[0].length - 1;
        known.opens.push(space);
        // The white space may stand before the next condition word: start there.
        words.lastIndex = space;
      }
      facts.set(key, known);
    }
    const open = lastBelow(known.opens, offset);
    return open !== -1 && open > lastBelow(known.closes, offset);
  };
}
