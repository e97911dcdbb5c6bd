/**
 * Two things a hand review of the real corpus's reports found: a burden after words of regret was rewritten "I'm
 * afraid, please contact your regional support …" (and «أخشى أنه دعنا …» in Arabic), which no careful agent writes;
 * and a style guide in sections (front matter, a dozen headings) was asked for the closing invitation, the thanks and
 * the sign-off a letter owes.
 */
import { describe, expect, it } from 'vitest';
import { fixed, only } from '../test/helpers.js';
import { lint, review } from './index.js';

const social = { channel: 'social' as const };
const rewrites = (text: string, options = {}) => only('no-negative-phrasing', text, options).map((m) => m.expected);

describe('a burden after words of regret', () => {
  it('drops the regret with the burden where the regret opens the sentence', () => {
    const text = "I'm afraid, you have to contact your regional HP Support. You may reach them here: https://support.example/hp";
    expect(rewrites(text, social)).toEqual([['Please', 'The next step is to']]);
    expect(only('no-negative-phrasing', text, social)[0]!.actual).toBe("I'm afraid, you have to");
    expect(fixed('no-negative-phrasing', text, social)).toBe('Please contact your regional HP Support. You may reach them here: https://support.example/hp');
    expect(fixed('no-negative-phrasing', 'Unfortunately, you will need to contact the seller directly.', social)).toBe('Please contact the seller directly.');
    expect(rewrites("I'm afraid you'll need to speak to your bank about this.", social)).toEqual([['Please', 'The next step is to']]);
    // After a bullet, from the regret on; with "Please" opening the next sentence, "please" goes last.
    expect(fixed('no-negative-phrasing', '- We are afraid you need to reapply online.', social)).toBe('- Please reapply online.');
    expect(rewrites("I'm afraid you have to speak to our Loyalty Team. Please call and choose option 2.", social)).toEqual([['The next step is to', 'Please']]);
  });

  it('keeps the regret, and offers the next step, where the regret follows other words', () => {
    expect(fixed('no-negative-phrasing', "The portal is down, and I'm afraid you need to call us.", social)).toBe("The portal is down, and I'm afraid the next step is to call us.");
    expect(rewrites("The portal is down, and I'm afraid you need to call us.", social)).toEqual([['the next step is to']]);
  });

  it('keeps every rewrite where no regret comes before, and none where the writer only believes it', () => {
    // ("Let's" only for a step the writer can take with the customer: not contacting the seller.)
    expect(rewrites('You have to contact the seller.', social)).toEqual([['Please', 'The next step is to']]);
    expect(rewrites('Sorry for the wait, you have to contact the seller.', social)).toEqual([['please', 'the next step is to']]);
    expect(rewrites('Sorry for the wait, you have to restart the router.', social)).toEqual([['please', "let's", 'the next step is to']]);
    expect(rewrites("We're afraid that you must pay the fee again.", social)).toEqual([[]]);
  });

  it('gets no rewrite after a refusal, where it is the condition the no stands on', () => {
    // "I'm afraid not, please use your ticket off-peak" would turn a fare's condition into a favour asked.
    expect(rewrites("I'm afraid not, you must use your ticket during off-peak times.", social)).toEqual([[]]);
    expect(rewrites('No, you have to book online.', social)).toEqual([[]]);
    expect(rewrites('Unfortunately not, you need to renew first.', social)).toEqual([[]]);
    expect(rewrites('Yes, you have to book online.', social)).toEqual([['please', 'the next step is to']]);
  });

  it('keeps the sentence whole after «أنه» in Arabic: «يُرجى», never «دعنا» before the verbal noun', () => {
    const arabic = { channel: 'social' as const, language: 'ar' as const };
    expect(rewrites('أخشى أنه يجب عليك التواصل مع البنك.', arabic)).toEqual([['يُرجى']]);
    expect(fixed('no-negative-phrasing', 'أخشى أنه يجب عليك التواصل مع البنك.', arabic)).toBe('أخشى أنه يُرجى التواصل مع البنك.');
    expect(rewrites('يجب عليك التواصل مع البنك.', arabic)).toEqual([['يُرجى']]);
  });
});

const guide = `---
title: Voice and tone
---

# Voice and tone

We speak to our readers in one voice across the product.

## Voice and tone are not the same

The voice stays; the tone changes with the moment.

## Neutral moments

Be clear and brief.
`;

describe('a document in sections', () => {
  it('owes nothing a letter owes, and is not scored as a reply', () => {
    const markdown = { format: 'markdown' as const, channel: 'email' as const };
    const { checklist, score, scored } = review(guide, markdown);
    expect(Object.entries(checklist).filter(([, item]) => item.expected).map(([part]) => part)).toEqual([]);
    expect([scored, score.score, score.notScored]).toEqual([false, 0, 'the text is a document in sections, not a reply']);
    expect(lint(guide, markdown).map((m) => m.ruleId)).toEqual([]);
    // A letter is scored as before.
    expect(review("Hi Sam,\n\nThank you for reaching out. I've refunded the charge. Let us know if you have any other questions.\n\nBest,\nAna").scored).toBe(true);
  });

  it('is told by two headings: one is a letter\'s subject line', () => {
    const ruleIds = (text: string, options = {}) => lint(text, options).map((m) => m.ruleId).sort();
    const letter = "# Re: your order\n\nHi Sam,\n\nI've refunded the charge today.\n\nBest,\nAna";
    expect(ruleIds(letter, { format: 'markdown' })).toEqual(['require-closing-invitation', 'require-thanks']);
    const sections = letter.replace('Hi Sam,', '## Where it is\n\nHi Sam,');
    expect(ruleIds(sections, { format: 'markdown' })).toEqual([]);
    // The mark of a heading, not a number sign in a sentence: "#1" and "# " inside a line are no headings.
    const numbered = "Hi Sam,\n\nI've refunded the charge. You are #1 in the queue. Ticket # 42 is yours.\n\nBest,\nAna";
    expect(ruleIds(numbered)).toEqual(['require-closing-invitation', 'require-thanks']);
  });
});

describe('a refusal opened by a softener', () => {
  it('is reported on the refusal, with its reason, not on "Unfortunately"', () => {
    const [message] = only('no-negative-phrasing', 'Unfortunately, you can not do that. Here is an article for more information: https://help.example/a', social);
    expect([message!.actual, message!.reason]).toEqual(['Unfortunately, you can not do that.', "This says what won't happen and offers nothing instead; add what the customer can do"]);
    // One no, one report: the softener's own report is dropped.
    expect(only('no-negative-phrasing', 'Unfortunately, we do not ship to PO boxes.', social).map((m) => m.actual)).toEqual(['Unfortunately, we do not ship to PO boxes.']);
    // Where the sentence refuses nothing (honest uncertainty), the softener is still what is reported.
    expect(only('no-negative-phrasing', 'Unfortunately, I cannot guarantee your stats will be saved.', social).map((m) => m.actual)).toEqual(['Unfortunately']);
  });
});
