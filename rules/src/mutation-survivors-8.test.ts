/**
 * Survivors of the mutation sample `scripts/mutation-sample.mjs rules/src 10 342`: each test asserts the exact output the
 * mutated line decides.
 */
import { describe, expect, it } from 'vitest';
import { lint, readReply } from './index.js';

const social = { channel: 'social' as const };
const place = (text: string) =>
  lint(text, social)
    .filter((m) => m.ruleId === 'no-unclear-instructions')
    .map((m) => [m.place.start.offset, m.place.end.offset]);

describe('a minimised step quoted with its particle (no-unclear-instructions.ts, particle)', () => {
  it('takes the particle right after the verb into the report, past any run of spaces, and no other word', () => {
    expect(place('Simply log in to your account.')).toEqual([[0, 13]]);
    expect(place('Simply log  in to your account.')).toEqual([[0, 14]]);
    // "up" three words on is not the verb's particle: "Just set", not "Just set it".
    expect(place('Just set it up in the app.')).toEqual([[0, 8]]);
    // Nor "in" after "back": the verb's particle stands right after it.
    expect(place('Just log back in to see it.')).toEqual([[0, 8]]);
  });
});

describe('"in case" opens a condition whose words start after "case" (lang/en/reader.ts, clausesOf)', () => {
  it('reads the condition from its first word, and "should you" with its subject', () => {
    const clauses = (text: string) => readReply(text, social).sentences[0]!.reading.clauses.map((c) => [c.start, c.end, c.condition]);
    expect(clauses('In case the parcel is late, please call us.')).toEqual([
      [8, 26, true],
      [28, 42, false],
    ]);
    expect(clauses('Should you need anything, let us know.')).toEqual([
      [7, 24, true],
      [26, 37, false],
    ]);
  });
});
