import { describe, expect, it } from 'vitest';
import { lint } from '../index.js';

describe('no-wall-of-text on hostile input', () => {
  it('counts words in linear time, even in a long run with no letters', () => {
    // 200,000 code units with no white space and no letters: a backtracking counter would never finish.
    const text = `Hi Sam,\n\n${'😀'.repeat(100_000)} and more.\n\nBest,\nAna`;
    expect(() => lint(text)).not.toThrow();
  });
});
