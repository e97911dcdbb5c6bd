import { defineRule } from '../define-rule.js';
import type { Report } from '../types.js';

export interface Options {
  /** The invitations offered as rewrites, first one preferred. */
  invitations: string[];
}

const note =
  'Close by thanking the customer and inviting them to reach out again, so they know the door is open: "Please reach out if anything else comes up", "Let us know if you have any other questions", "I\'m here to help" (seed 003, "Learn how to close a customer conversation").';

export default defineRule<Options>(
  {
    id: 'require-closing-invitation',
    description: 'A reply that ends without inviting the customer to come back',
    note,
    source: 'seed 003, "Learn how to close a customer conversation"',
    example: { bad: "Hi Dana,\n\nI've refunded the charge.\n\nBest,\nSam", good: "Hi Dana,\n\nI've refunded the charge. Please reach out if anything else comes up.\n\nBest,\nSam" },
    channels: ['email'],
    defaultOptions: {
      invitations: ['Please reach out if anything else comes up.', 'Let us know if you have any other questions.', "I'm here to help if you need anything else."],
    },
  },
  (context, options) => {
    const { structure, text } = context;
    const { closingInvitation } = context.checklist;
    if (!closingInvitation.expected || closingInvitation.present) return [];
    const paragraphs = structure.paragraphs;
    const sentences = context.bodySentences();
    const last = sentences.at(-1) ?? { start: structure.body.start, end: structure.body.end };
    const actual = text.slice(last.start, last.end);
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    // A reply written in paragraphs gets the invitation as a paragraph of its own.
    const separator = paragraphs.length > 1 || structure.signOff ? `${eol}${eol}` : ' ';
    const report: Report = {
      start: last.start,
      end: last.end,
      message: 'The reply ends without inviting the customer back; add a closing invitation before the sign-off',
      expected: options.invitations.map((line) => `${actual}${separator}${line}`),
      safe: true,
    };
    return [report];
  },
);
