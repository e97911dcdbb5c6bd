import { describe, expect, it } from 'vitest';
import { only, report } from '../../test/helpers.js';

// Limits, options and the message: regressions.test.ts; must-report and must-leave tables: rule-tables.test.ts.
describe('no-wall-of-text on hostile input', () => {
  it('counts words in linear time, even in a long run with no letters', () => {
    // 200,000 code units with no white space and no letters: a backtracking counter would never finish.
    // Emoji are no words: the paragraph holds two ("and more."), so it is no wall.
    const text = `Hi Sam,\n\n${'😀'.repeat(100_000)} and more.\n\nBest,\nAna`;
    expect(report('no-wall-of-text', text)).toEqual([]);
    // The same run before 121 words is reported, at its first sentence: a run that long is read in pieces of 4,000 code units.
    const walled = `Hi Sam,\n\n${'😀'.repeat(100_000)} ${'word '.repeat(120)}end.\n\nBest,\nAna`;
    expect(report('no-wall-of-text', walled)).toEqual([`3:1-3:4001 no-wall-of-text "${'😀'.repeat(2_000)}"`]);
    expect(only('no-wall-of-text', walled).map((m) => m.reason)).toEqual(['A paragraph of 121 words and 1 sentence is hard to scan; break it up with line breaks, bullets or steps']);
  });
});
