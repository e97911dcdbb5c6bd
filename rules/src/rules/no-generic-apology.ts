import { defineRule } from '../define-rule.js';
import { genericApology } from '../checklist.js';

const note =
  'A boilerplate apology ("we apologise for any inconvenience") sounds like nobody read the message. Name what went wrong and own it: "I\'m sorry your order arrived damaged" (seed 003, a sincere apology in the model replies; LATTE, Acknowledge).';

export default defineRule(
  {
    id: 'no-generic-apology',
    description: 'A boilerplate apology ("we apologise for any inconvenience") in place of a specific one',
    note,
    source: 'seed 003, a sincere apology; LATTE',
    example: { bad: 'We apologise for any inconvenience.', good: "I'm sorry your order arrived damaged." },
    defaultOptions: {},
  },
  (context) => {
    const { apology } = context.checklist;
    // A specific apology elsewhere in the reply already does the work.
    if (!apology.present || apology.specific) return [];
    const sentence = context.bodySentences().find((s) => s.start === apology.range!.start);
    if (!sentence) return [];
    const match = genericApology.exec(sentence.text);
    if (!match) return [];
    const start = sentence.start + match.index + (match[0].length - match[0].trimStart().length);
    return [
      {
        start,
        end: sentence.start + match.index + match[0].length,
        message: 'This apology names nothing; say what went wrong ("I\'m sorry your order arrived late")',
        expected: [],
      },
    ];
  },
);
