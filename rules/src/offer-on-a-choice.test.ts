/**
 * A choice of another way whose answer the writer then acts on ("If you'd rather have it back on your card, reply and
 * say so and I'll swap it over") leaves the door open, as "if you prefer, I can …" does; written sets labelled it an
 * invitation. A choice the customer is only asked to make ("If you would like a paperback copy instead, please let me
 * know") stays a step.
 */
import { describe, expect, it } from 'vitest';
import { report } from '../test/helpers.js';
import { readReply } from './index.js';

const acts = (sentence: string) => readReply(sentence, { channel: 'email' }).sentences.map((s) => s.reading.acts);
const email = (body: string) => `Hi Tom,\n\n${body}\n\nBest,\nRuth`;

describe('a choice the writer acts on', () => {
  it('is an invitation, with the writer\'s promise', () => {
    expect(acts("If you'd rather try a different size, reply here and I'll swap the reservation.")[0]).toEqual(['invitation', 'commitment']);
    expect(acts("If you'd rather have it back on your card, reply and say so and we'll refund it instead.")[0]).toContain('invitation');
  });

  it('leaves a choice only asked for a step', () => {
    expect(acts('If you would like a paperback copy instead, please let me know as soon as possible.')[0]).not.toContain('invitation');
    expect(acts("If you'd rather collect it, reply with a day that suits you.")[0]).not.toContain('invitation');
  });

  it('keeps the reply that ends on it from being reported for no invitation', () => {
    expect(report('require-closing-invitation', email("Thanks for your order. I've credited £12.50 to your account. If you'd rather have it back on your card, reply and say so and I'll swap it over."))).toEqual([]);
  });
});
