/**
 * The closing invitation while the case is open. A hand review of the real corpus's reports (seed 38) found "Please
 * reach out if anything else comes up." off after an acknowledgement ("your ticket has been submitted … you will receive
 * an email when our staff replies"): the customer's own case still waits, and the way to add to it is what they need.
 * The same review's Arabic twin showed «وسنرد عليك» ("and we'll reply to you") not read as the writers' commitment.
 */
import { describe, expect, it } from 'vitest';
import { fixed, only } from '../test/helpers.js';
import { lint, readReply } from './index.js';

const acknowledged = 'Dear Sam,\n\nYour support ticket "Login" has been submitted. You will receive an email notification when our staff replies to your ticket.\n\nBest,\nAna';
const arabic = 'مرحبا سارة،\n\nشكرًا لرسالتك. استلمنا طلبك وسنرد عليك خلال يومين.\n\nمع التحية،\nنور';

describe('the invitation while the case is open', () => {
  it('is offered first, and is what --fix writes, read back as the invitation it is', () => {
    expect(only('require-closing-invitation', acknowledged)[0]!.expected[0]).toBe(
      'You will receive an email notification when our staff replies to your ticket.\n\nIf you have anything to add, please reply to this email.',
    );
    const withInvitation = fixed('require-closing-invitation', acknowledged);
    // Nothing but the thanks it never had: the added line is read as the invitation, and "just reply" hides no steps.
    expect(lint(withInvitation).map((m) => m.ruleId)).toEqual(['require-thanks']);
  });

  it('is the Arabic one in an Arabic reply, and the fixed reply is clean', () => {
    const withInvitation = fixed('require-closing-invitation', arabic, { language: 'ar' });
    expect(withInvitation).toBe('مرحبا سارة،\n\nشكرًا لرسالتك. استلمنا طلبك وسنرد عليك خلال يومين.\n\nإذا كان لديك ما تضيفه، فيكفي أن ترد على هذه الرسالة.\n\nمع التحية،\nنور');
    expect(lint(withInvitation, { language: 'ar' }).map((m) => m.ruleId)).toEqual([]);
  });

  it('is not offered once the case is settled, nor without an answer to come', () => {
    const refunded = "Hi Sam,\n\nThanks for your email. I've refunded the charge.\n\nBest,\nAna";
    expect(only('require-closing-invitation', refunded)[0]!.expected[0]).toBe("I've refunded the charge.\n\nPlease reach out if anything else comes up.");
    // Thanks for the message and a deed to come that is no answer still owed: the case moves on, "anything else" fits.
    const sending = "Hi Sam,\n\nThanks for your email. I'll send the tracking number tomorrow.\n\nBest,\nAna";
    expect(only('require-closing-invitation', sending)[0]!.expected[0]).toBe("I'll send the tracking number tomorrow.\n\nPlease reach out if anything else comes up.");
  });
});

describe('«سنرد» as the writers\' commitment', () => {
  it('reads a doubled verb after «سن» as the writers\' future, and not a name or a year', () => {
    const acts = (sentence: string): string[] => readReply(sentence, { channel: 'email', language: 'ar' }).body[0]!.reading.acts;
    expect(acts('استلمنا طلبك وسنرد عليك خلال يومين.')).toContain('commitment');
    expect(acts('سأرد عليك غدًا.')).toContain('commitment');
    expect(acts('سناء من فريق الدعم معك.')).not.toContain('commitment');
  });
});
