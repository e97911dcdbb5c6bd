import { defineRule } from '../define-rule.js';
import type { Report } from '../types.js';

export interface Options {
  /** The invitations offered as rewrites, first one preferred. */
  invitations: string[];
}

const note =
  'Close by thanking the customer and inviting them to reach out again, so they know the door is open: "Please reach out if anything else comes up", "Let us know if you have any other questions", "I\'m here to help" (seed 003, "Learn how to close a customer conversation").';

const invitation =
  /\b(?:reach out|get in touch|contact (?:us|me)|let (?:us|me) know|don['’]t hesitate|do not hesitate|feel free|here to help|happy to help|glad to help|here for you|write (?:back|to us|us)|reply to this (?:email|message)|just reply|drop (?:us|me) a (?:line|note|message)|give (?:us|me) a (?:call|shout|ring)|get back to (?:us|me)|ping (?:us|me)|always here|any (?:other |more |further )?questions|anything else|any other (?:issues|problems|concerns)|more help|further (?:help|assistance)|(?:dm|message|email|call|text) us|hit reply|we['’]re around|i['’]m around|happy to (?:assist|answer)|available to help|(?:message|tell|email|text|call|ask|ping) (?:me|us)|follow up|update you|keep you (?:posted|updated|in the loop|informed)|share (?:any )?updates|keep an eye|(?:i|we) can help|guide you)\b/iu;

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
    const paragraphs = structure.paragraphs;
    if (paragraphs.length === 0) return [];
    // The invitation belongs near the end: the body's last two paragraphs, or its last three sentences.
    const tail = paragraphs.slice(-2);
    const from = tail[0]!.start;
    const sentences = context.bodySentences();
    const lastSentences = sentences.slice(-3);
    const closingFrom = Math.min(from, lastSentences[0]?.start ?? from);
    if (invitation.test(text.slice(closingFrom, structure.body.end))) return [];
    if (structure.signOff && invitation.test(text.slice(structure.signOff.start, structure.signOff.end))) return [];

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
