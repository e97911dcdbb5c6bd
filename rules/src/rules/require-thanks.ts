import { defineRule } from '../define-rule.js';

const note =
  'Thank the customer: for reaching out, for their patience, for the report. LATTE ends with Thank and Explain, and seed 003\'s advice on closing starts with thanks.';

export default defineRule(
  {
    id: 'require-thanks',
    description: 'A reply with no thanks anywhere',
    note,
    source: 'seed 003, LATTE; "Learn how to close a customer conversation"',
    example: { bad: "Hi Sam,\n\nI've refunded the charge.\n\nBest,\nAna", good: "Hi Sam,\n\nThanks for flagging this. I've refunded the charge.\n\nBest,\nAna" },
    channels: ['email'],
    defaultOptions: {},
  },
  (context) => {
    const { thanks } = context.checklist;
    if (!thanks.expected || thanks.present) return [];
    const first = context.bodySentences()[0];
    if (!first) return [];
    const actual = context.text.slice(first.start, first.end);
    return [
      {
        start: first.start,
        end: first.end,
        message: 'The reply never thanks the customer; thank them for reaching out, for their patience or for the report',
        expected: [`Thank you for reaching out. ${actual}`],
      },
    ];
  },
);
