/**
 * Rewrites that would say a word twice in a row, found by a hand review of the real corpus's reports: "Please speak to
 * our Loyalty Team. Please call …", "… though Scott, please reach out" after "Please keep in mind …", and "I'll reach
 * out again on your behalf. Please reach out if anything else comes up." A careful agent varies the words; so do the
 * rewrites, which keep the others in the list, last.
 */
import { describe, expect, it } from 'vitest';
import { email, fixed, only } from '../test/helpers.js';
import { invitationOrder } from './rules/require-closing-invitation.js';

const social = { channel: 'social' as const };
const firstRewrites = (ruleId: string, text: string, options = {}) => only(ruleId, text, options).map((m) => m.expected);

describe('the burden rewritten without a second "please"', () => {
  it('leads with "the next step is to" when the next sentence opens with "Please"', () => {
    const text = 'You will have to speak to our Loyalty Team. Please call and choose the option to change services.';
    expect(firstRewrites('no-negative-phrasing', text, social)).toEqual([['The next step is to', 'Please']]);
    expect(fixed('no-negative-phrasing', text, social)).toBe('The next step is to speak to our Loyalty Team. Please call and choose the option to change services.');
    // The same after a line break, and after a bullet.
    expect(firstRewrites('no-negative-phrasing', 'You will have to speak to our Loyalty Team.\n- Please call them on 0800 123 456.', social)[0]![0]).toBe('The next step is to');
  });

  it('leads with "the next step is to" when the sentence already says "please" before the burden', () => {
    const text = "Please keep in mind that we handle billing by email though, so you'll need to reach out to billing@acme.example.";
    expect(firstRewrites('no-negative-phrasing', text, social)).toEqual([['the next step is to', 'please']]);
    expect(firstRewrites('no-negative-phrasing', "Please keep in mind we handle billing by email, so you'll need to write to us there.", social)).toEqual([['the next step is to', 'please']]);
  });

  it('keeps "let\'s" after "the next step is to", and "please" first where no other "please" is near', () => {
    const text = "Please note the portal is down today, so you'll need to restart the router.";
    expect(firstRewrites('no-negative-phrasing', text, social)).toEqual([['the next step is to', "let's", 'please']]);
    expect(firstRewrites('no-negative-phrasing', 'You will have to speak to our Loyalty Team. They can change your plan.', social)).toEqual([['Please', 'The next step is to']]);
    expect(firstRewrites('no-negative-phrasing', 'You need to restart the router. It takes a minute.', social)).toEqual([['Please', "Let's", 'The next step is to']]);
  });
});

describe('the closing invitation that does not repeat the last sentence', () => {
  it('puts last an invitation that says again a word of the sentence before it', () => {
    const invitations = ['Please reach out if anything else comes up.', 'Let us know if you have any other questions.', "I'm here to help if you need anything else."];
    expect(invitationOrder(invitations, "If I haven't heard back by Friday, I'll reach out again on your behalf.")).toEqual([invitations[1], invitations[2], invitations[0]]);
    expect(invitationOrder(invitations, 'Let me know how the new card works.')).toEqual([invitations[0], invitations[2], invitations[1]]);
    // "Please" alone is no repetition worth avoiding; the opening word still is ("Please … Please …"), and so is the
    // invitation's own verb said just before.
    expect(invitationOrder(invitations, 'The refund is on its way.')).toEqual(invitations);
    expect(invitationOrder(invitations, 'Please keep the receipt.')).toEqual([invitations[1], invitations[2], invitations[0]]);
  });

  it('offers a different invitation after a promise to reach out again', () => {
    const text = email("If the courier hasn't collected it by Friday, I'll reach out again on your behalf.");
    expect(fixed('require-closing-invitation', text, { channel: 'email' })).toBe(
      "Hi Sam,\n\nIf the courier hasn't collected it by Friday, I'll reach out again on your behalf.\n\nLet us know if you have any other questions.\n\nBest,\nAna",
    );
  });
});
