import { describe, expect, it } from 'vitest';
import { LiteralMatcher, type Edges } from './literal-matcher.js';

const anywhere: Edges = { end: () => true, hit: () => true };
const found = (phrases: string[], text: string, edges: Edges = anywhere): Array<[string, string]> =>
  new LiteralMatcher(phrases).find(text, 0, text.length, edges).map((h) => [phrases[h.index]!, text.slice(h.start, h.end)]);

describe('LiteralMatcher', () => {
  it('follows failure links: a phrase inside the near miss of a longer one', () => {
    // "abcd" fails at "x"; "bcx" starts inside what was read, and "cx" inside that.
    expect(found(['abcd', 'bcx'], 'abcx')).toEqual([['bcx', 'bcx']]);
    expect(found(['abcd', 'cx'], 'zabcxz')).toEqual([['cx', 'cx']]);
  });

  it('follows output links: a shorter phrase that ends where a longer one is still being read', () => {
    expect(found(['abcde', 'bc'], 'abcx')).toEqual([['bc', 'bc']]);
    // Both end at the same place: the one that starts first wins, and hits never overlap.
    expect(found(['bc', 'abc'], 'abc')).toEqual([['abc', 'abc']]);
  });

  it('branches after a shared prefix, at the root and deeper', () => {
    const phrases = ['refund now', 'refund later', 'refunds', 'return'];
    expect(found(phrases, 'a refund later, a return, two refunds, a refund now')).toEqual([
      ['refund later', 'refund later'],
      ['return', 'return'],
      ['refunds', 'refunds'],
      ['refund now', 'refund now'],
    ]);
  });

  it('gives the start of a hit as long as the longest phrase, past white space runs and marks', () => {
    const long = 'x'.repeat(50);
    const text = `${'y'.repeat(200)}${long}${'y'.repeat(3)} a   b`;
    const hits = new LiteralMatcher([long, 'a b']).find(text, 0, text.length, anywhere);
    expect(hits.map((h) => [h.start, h.end])).toEqual([
      [200, 250],
      [254, text.length],
    ]);
    // An Arabic mark after the last letter belongs to the hit; the diacritics inside are read past.
    const arabic = 'نرد في أسرعِ وقتٍ الآن';
    const [hit] = new LiteralMatcher(['في اسرع وقت']).find(arabic, 0, arabic.length, anywhere);
    expect(arabic.slice(hit!.start, hit!.end)).toBe('في أسرعِ وقتٍ');
  });

  it('asks the edges once per end, and drops a hit they refuse', () => {
    const ends: number[] = [];
    // No hit may end at 3 ("ab" and "b" both end there), and none may start at 4 (the first "cd").
    const edges: Edges = { end: (_text, end) => (ends.push(end), end !== 3), hit: (_text, start) => start !== 4 };
    const hits = new LiteralMatcher(['ab', 'b', 'cd']).find('xab cd cd', 0, 9, edges);
    expect(hits).toEqual([{ index: 2, start: 7, end: 9 }]);
    expect(new Set(ends).size).toBe(ends.length);
    expect(ends).toContain(3);
    expect(ends).toEqual([...ends].sort((a, b) => a - b));
  });

  it('reads only from `from` to `to`', () => {
    const text = 'thanks, thanks, thanks';
    const hits = new LiteralMatcher(['thanks']).find(text, 8, 15, anywhere);
    expect(hits).toEqual([{ index: 0, start: 8, end: 14 }]);
  });
});
