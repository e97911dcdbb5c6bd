/**
 * A writer's promise that goes on after "and" with a verb of getting in touch ("I will chase the courier and reach out
 * again") is the writer's, not a door left open to the customer: read as an invitation it kept an email that invites
 * no one back from being reported.
 */
import { describe, expect, it } from 'vitest';
import { report } from '../test/helpers.js';
import { readReply } from './index.js';

const acts = (sentence: string) => readReply(sentence, { channel: 'chat' }).body.map((s) => s.reading.acts);

describe('the writer carrying on after "and"', () => {
  it('reads the verb of getting in touch as part of the promise', () => {
    expect(acts('I will chase the courier today and reach out again on your behalf by Friday.')).toEqual([['commitment']]);
    expect(acts("We'll check the logs and then get in touch with you again.")).toEqual([['commitment']]);
  });

  it('still reads a door held open in the same sentence, or the customer asked to come back', () => {
    expect(acts('We will check the logs and reach out again, but feel free to reach out anytime.')[0]).toContain('invitation');
    expect(acts('Try restarting it and reach out again if it persists.')[0]).toContain('invitation');
    expect(acts("I'll reach out again if I hear anything, and you can reach out to us anytime.")[0]).toContain('invitation');
  });

  it('reports the email that invites no one back', () => {
    const text = 'Hi Sam,\n\nThanks for your patience. I will chase the courier today and reach out again by Friday.\n\nBest,\nAna';
    expect(report('require-closing-invitation', text, { channel: 'email' })).toEqual([
      '3:27-3:88 require-closing-invitation "I will chase the courier today and reach out again by Friday." → "I will chase the courier today and reach out again by Friday.\\n\\nLet us know if you have any other questions."',
    ]);
  });
});
