/**
 * Exact outputs for the mutants a sampled run left alive (scripts/mutation-sample.mjs rules/src 8 361): the writer said
 * to be close at hand as the door left open (lang/en/reader.ts, `justAway`), and the writer's own future with more
 * than one space before its "will" (no-overpromise's outcome entry).
 */
import { describe, expect, it } from 'vitest';
import { email, report } from '../test/helpers.js';
import { readReply } from './index.js';

describe('the writer close at hand', () => {
  it('reads "we are just a reply away" as an invitation, so the email keeps its door open', () => {
    const text = email("I've refunded the charge. We are just a reply away.");
    expect(readReply(text, { channel: 'email' }).sentences.find((s) => s.sentence.text === 'We are just a reply away.')?.reading.acts).toEqual(['invitation']);
    expect(report('require-closing-invitation', text)).toEqual([]);
  });
});

describe("the writer's own future", () => {
  it('is no promise of what others do, however many spaces stand before its "will"', () => {
    expect(report('no-overpromise', email('We  will arrive on Friday to fit the boiler.'))).toEqual([]);
    // Said of a parcel, it is one.
    expect(report('no-overpromise', email('It  will arrive on Friday.'))).not.toEqual([]);
  });
});
