import { describe, expect, it } from 'vitest';
import { wordList } from './word-list.js';
import { readFileSync } from 'node:fs';

/** The generated lists' own text, read back: each is one sorted string of words. */
const lists = [...readFileSync(new URL('./verbs.generated.ts', import.meta.url), 'utf8').matchAll(/wordList\("([^"]+)"\)/gu)].map((m) => m[1]!);

describe('wordList', () => {
  it('is given sorted lists with no duplicates (the search depends on it)', () => {
    expect(lists).toHaveLength(2);
    for (const list of lists) {
      const words = list.split(' ');
      expect(words.every((w, i) => i === 0 || words[i - 1]! < w)).toBe(true);
    }
  });

  it('answers as a Set would, by search and after it builds its Set', () => {
    for (const list of lists) {
      const words = list.split(' ');
      const set = new Set(words);
      // Every word, each with a letter added and one taken away, the ends and the empty string: some 30,000 questions,
      // the first 2,000 answered by search and the rest by the Set built then.
      const probes = [...words, ...words.map((w) => `${w}s`), ...words.map((w) => w.slice(0, -1)), '', 'a', 'zzzz', '-', 'ad-lib'];
      const searched = wordList(list);
      const answers = probes.map((p) => searched.has(p));
      expect(answers).toEqual(probes.map((p) => set.has(p)));
      // A fresh list asked in another order answers the same by search alone.
      const fresh = wordList(list);
      const sample = probes.filter((_, i) => i % 17 === 0).slice(0, 1500);
      expect(sample.map((p) => fresh.has(p))).toEqual(sample.map((p) => set.has(p)));
    }
  });
});
