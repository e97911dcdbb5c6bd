/**
 * A sorted list of words kept as the one string it is written as, looked up by
 * binary search: nothing is built when the module loads. A one-file lint asks
 * a few dozen words, where building a Set of the ten thousand verbs cost more
 * than the lint's own reading; after many lookups (a folder, a long document)
 * the Set is built once and used from then on.
 */
export interface WordList {
  has(word: string): boolean;
}

/** Lookups by search before the Set is built. */
const searchesBeforeSet = 2000;

/** `sorted`: words separated by single spaces, in the order of `Array.prototype.sort()` (UTF-16 code units), no duplicates. */
export function wordList(sorted: string): WordList {
  let set: Set<string> | undefined;
  let searches = 0;
  const search = (word: string): boolean => {
    // [lo, hi) always starts at a word and ends at the end of one (or at the space after it).
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = sorted.lastIndexOf(' ', mid - 1) + 1;
      let end = sorted.indexOf(' ', start);
      if (end === -1) end = sorted.length;
      const here = sorted.slice(start, end);
      if (here === word) return true;
      if (here < word) lo = end + 1;
      else hi = start;
    }
    return false;
  };
  return {
    has(word) {
      if (set) return set.has(word);
      if (++searches > searchesBeforeSet) {
        set = new Set(sorted.split(' '));
        return set.has(word);
      }
      return search(word);
    },
  };
}
