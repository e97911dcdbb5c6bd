/**
 * The closing invitation after a no. Hand reviews of the real corpus's reports asked for invitations fitted to the
 * case; after a refusal ("we're not able to offer a refund for this order") a careful agent leaves the door open for
 * questions about it, not for "anything else".
 */
import { describe, expect, it } from 'vitest';
import { fixed, only } from '../test/helpers.js';
import { lint } from './index.js';

const refusal = "Hi Sam,\n\nThank you for reaching out. I'm afraid we're not able to offer a refund for this order.\n\nBest,\nAna";

describe('the invitation after a no', () => {
  it('is offered first, and is what --fix writes', () => {
    expect(only('require-closing-invitation', refusal)[0]!.expected).toEqual([
      "I'm afraid we're not able to offer a refund for this order.\n\nIf you have any questions about this, please reply to this email.",
      "I'm afraid we're not able to offer a refund for this order.\n\nPlease reach out if anything else comes up.",
      "I'm afraid we're not able to offer a refund for this order.\n\nLet us know if you have any other questions.",
      "I'm afraid we're not able to offer a refund for this order.\n\nI'm here to help if you need anything else.",
    ]);
    const withInvitation = fixed('require-closing-invitation', refusal);
    // Read as the invitation it is: the fixed reply is not reported again.
    expect(lint(withInvitation).map((m) => m.ruleId)).not.toContain('require-closing-invitation');
  });

  it('is the Arabic one in an Arabic reply', () => {
    const arabic = 'مرحبا ليلى،\n\nشكرًا لتواصلك معنا. للأسف لا يمكننا استرداد المبلغ لهذا الطلب.\n\nمع التحية،\nنور';
    expect(fixed('require-closing-invitation', arabic, { language: 'ar' })).toBe(
      'مرحبا ليلى،\n\nشكرًا لتواصلك معنا. للأسف لا يمكننا استرداد المبلغ لهذا الطلب.\n\nإذا كانت لديك أي أسئلة حول هذا، فيُرجى الرد على هذه الرسالة.\n\nمع التحية،\nنور',
    );
  });

  it('is not offered without a no, nor in place of a team\'s own invitations', () => {
    const refund = "Hi Sam,\n\nThank you for reaching out. I've refunded the charge.\n\nBest,\nAna";
    expect(only('require-closing-invitation', refund)[0]!.expected[0]).toBe("I've refunded the charge.\n\nPlease reach out if anything else comes up.");
    const team = only('require-closing-invitation', refusal, { rules: { 'require-closing-invitation': ['warn', { invitations: ['Write back any time.'] }] } });
    expect(team[0]!.expected).toEqual(["I'm afraid we're not able to offer a refund for this order.\n\nWrite back any time."]);
  });
});
