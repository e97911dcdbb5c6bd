/**
 * A reply to praise ("This made our day!") has no case to move: a hand review of the real corpus's reports found
 * "Please reach out if anything else comes up." after a thank-you for a compliment tone-deaf ("anything else" has
 * nothing to refer to), and thanks "for reaching out" beside it no better. The invitation it is offered first leaves the
 * door open as it is, and its thanks are for the customer's words.
 */
import { describe, expect, it } from 'vitest';
import { fixed, only } from '../test/helpers.js';
import { lint } from './index.js';

const praise = 'Hi Sam,\n\nThis absolutely made our day! We are so glad you are enjoying it.\n\nBest,\nAna';

describe('a reply to praise', () => {
  it('is offered an invitation with nothing "else" in it first, the usual ones after', () => {
    const [message] = only('require-closing-invitation', praise);
    expect(message!.expected[0]).toBe("We are so glad you are enjoying it.\n\nWe're always here if you ever need us.");
    expect(message!.expected.slice(1)).toEqual([
      'We are so glad you are enjoying it.\n\nPlease reach out if anything else comes up.',
      'We are so glad you are enjoying it.\n\nLet us know if you have any other questions.',
      "We are so glad you are enjoying it.\n\nI'm here to help if you need anything else.",
    ]);
  });

  it('thanks the customer for their kind words, not for reaching out', () => {
    expect(fixed('require-thanks', praise)).toBe('Hi Sam,\n\nThank you for your kind words. This absolutely made our day! We are so glad you are enjoying it.\n\nBest,\nAna');
    expect(fixed('require-thanks', 'مرحبًا سارة،\n\nأسعدتنا رسالتك كثيرًا.\n\nمع التحية،\nنور', { language: 'ar' })).toBe('مرحبًا سارة،\n\nشكرًا لكلماتك الطيبة. أسعدتنا رسالتك كثيرًا.\n\nمع التحية،\nنور');
  });

  it('stays a reply to praise once its invitation is added: no next step is asked of it then', () => {
    const withInvitation = fixed('require-closing-invitation', praise);
    expect(withInvitation).toBe("Hi Sam,\n\nThis absolutely made our day! We are so glad you are enjoying it.\n\nWe're always here if you ever need us.\n\nBest,\nAna");
    expect(lint(withInvitation).map((m) => m.ruleId)).toEqual(['require-thanks']);
    expect(only('require-thanks', withInvitation)[0]!.expected).toEqual(['Thank you for your kind words. This absolutely made our day!']);
    // A parting wish beside the thanks is no case either.
    const wish = 'Hi Sam,\n\nThanks so much for the lovely review! Have a great weekend!\n\nBest,\nAna';
    expect(lint(wish).map((m) => m.ruleId)).toEqual(['require-closing-invitation']);
    expect(fixed('require-closing-invitation', wish)).toBe("Hi Sam,\n\nThanks so much for the lovely review! We're always here if you ever need us. Have a great weekend!\n\nBest,\nAna");
  });

  it('is told from a reply with a case in it, which keeps the usual rewrites', () => {
    const refund = "Hi Sam,\n\nI've refunded the charge today.\n\nBest,\nAna";
    expect(only('require-closing-invitation', refund)[0]!.expected[0]).toBe("I've refunded the charge today.\n\nPlease reach out if anything else comes up.");
    expect(fixed('require-thanks', refund)).toBe("Hi Sam,\n\nThank you for reaching out. I've refunded the charge today.\n\nBest,\nAna");
    // Glad words beside an apology answer a trouble, not praise.
    const sorry = "Hi Sam,\n\nSorry the first parcel went astray; we're glad the second one arrived.\n\nBest,\nAna";
    expect(only('require-closing-invitation', sorry)[0]!.expected[0]).toMatch(/Please reach out if anything else comes up\.$/);
  });
});
