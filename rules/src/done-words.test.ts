// What a deed sounds like (lang/en/reader.ts, doneWords): each way of saying one, with and without its optional
// words, is read as an action; the same words that report no deed are not. A sampled mutation run found most of this
// pattern's alternatives in no test (15 survivors on one line).
import { describe, expect, it } from 'vitest';
import { readReply } from './index.js';

const acts = (text: string): string[] => readReply(text, { channel: 'chat', language: 'en' }).body[0]!.reading.acts;

describe('English reader: the forms of a deed done', () => {
  it.each([
    'We went ahead and refunded the order.',
    "I've gone ahead and cancelled it.",
    'Your refund has been processed.',
    'Your refund has now been processed.',
    'The ticket has already been escalated to billing.',
    'The part has just been dispatched.',
    "It's been taken care of.",
    'Your order is being looked into.',
    'The issue is currently being investigated.',
    'The outage is now fixed.',
    'The site is back up.',
    'The site is back online.',
    'The service is up and running.',
    'The payment was successfully reversed.',
    'Your card was already replaced.',
    "We're on it.",
    "I'm looking into it now.",
    'Our team is on the case.',
    "We're aware of it, and are actively looking into it.",
    'This is known, and is being worked on.',
    'We are working hard on a fix.',
    'We have now forwarded your note to the team.',
    'I just checked your account.',
    'We reached out to the courier.',
    'I spoke to the warehouse.',
    'We flagged it for review.',
  ])('%j is a deed', (text) => {
    expect(acts(text)).toContain('action');
  });

  it.each([
    'We did not refund it.',
    "We didn't change anything.",
    'Has your refund been processed yet?',
    'Your refund will be processed next week.',
    'I was aware of the outage.',
  ])('%j is none', (text) => {
    expect(acts(text)).not.toContain('action');
  });
});
