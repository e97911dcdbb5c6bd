import { defineRule } from '../define-rule.js';
import { onlyGratitude, opensConversation } from '../checklist.js';
import { afterComma } from '../phrases.js';
import { isClosingLine } from '../structure.js';
import { ended } from './require-closing-invitation.js';

const note =
  'Thank the customer: for reaching out, for their patience, for the report. LATTE ends with Thank and Explain, and Customer Service 101\'s advice on closing starts with thanks.';

const arabicNote =
  'اشكر العميل: على تواصله، على صبره، على إبلاغه. تنتهي LATTE بالشكر والشرح، وتبدأ نصيحة «خدمة العملاء 101» في إغلاق المحادثة بالشكر («شكرا لك على لفت انتباهنا إلى هذا»).';

export default defineRule(
  {
    id: 'require-thanks',
    description: 'A reply with no thanks anywhere',
    note,
    source: 'Customer Service 101, LATTE; "Learn how to close a customer conversation"',
    example: { bad: "Hi Sam,\n\nI've refunded the charge.\n\nBest,\nAna", good: "Hi Sam,\n\nThanks for flagging this. I've refunded the charge.\n\nBest,\nAna" },
    examples: { ar: { bad: 'مرحبا ليلى،\n\nلقد أعدت المبلغ إلى بطاقتك.\n\nمع خالص التحية،\nنور', good: 'مرحبا ليلى،\n\nشكرًا لتواصلك معنا. لقد أعدت المبلغ إلى بطاقتك.\n\nمع خالص التحية،\nنور' } },
    channels: ['email'],
    languages: ['en', 'ar'],
    defaultOptions: {},
  },
  (context) => {
    const { thanks } = context.checklist;
    if (!thanks.expected || thanks.present) return [];
    const arabic = context.language === 'ar';
    // A message the writer opens ("We are contacting you regarding your order …") was asked for by no one: thanks for
    // reaching out would be wrong. It is expected only when it brings a trouble, and then the thanks are for the
    // customer's patience, after what the message says.
    if (opensConversation(context)) {
      const said = context.bodySentences().filter((s) => /\p{L}/u.test(s.text) && !isClosingLine(s.text));
      const last = said.at(-1);
      if (!last) return [];
      const written = context.text.slice(last.start, last.end);
      return [
        {
          start: last.start,
          end: last.end,
          message: arabic ? 'لا يشكر الرد العميل في أي موضع؛ اشكره على صبره' : 'The reply never thanks the customer; thank them for their patience',
          expected: [`${ended(written, '.', context.original.slice(last.start, last.end))} ${arabic ? 'شكرًا لصبرك.' : 'Thank you for your patience.'}`],
          ...(arabic ? { note: arabicNote } : {}),
        },
      ];
    }
    // A salutation the structure did not take for a greeting ("To whom it may concern,") is not where thanks go.
    const sentences = context.bodySentences();
    // Nor is a line of emoji or marks ("🕹", "---"): the thanks go before the first sentence with words.
    const first = sentences.find((s) => !salutationLine(context.text, s) && /\p{L}/u.test(s.text)) ?? sentences[0];
    if (!first) return [];
    const written = context.text.slice(first.start, first.end);
    // The sentence after the thanks starts a sentence: "you need to …" becomes "You need to …".
    const actual = written.charAt(0).toUpperCase() + written.slice(1);
    // A reply to praise ("This made our day! So glad you're enjoying it.") thanks the customer for their words.
    const praised = onlyGratitude(context.checklist);
    if (arabic) {
      return [
        {
          start: first.start,
          end: first.end,
          message: 'لا يشكر الرد العميل في أي موضع؛ اشكره على تواصله أو صبره أو ملاحظته',
          expected: [`${praised ? 'شكرًا لكلماتك الطيبة.' : 'شكرًا لتواصلك معنا.'} ${actual}`],
          note: arabicNote,
        },
      ];
    }
    // "Hope you're doing well." opens with a wish for the customer: the thanks go after it, not before.
    const wishFirst = wellWish.test(written);
    // "Hi Anna, you need to …": after the greeting's comma on the same line the thanks go on in small letters.
    const thanksLine = praised ? 'Thank you for your kind words.' : 'Thank you for reaching out.';
    const opening = afterComma(context.text, first.start) ? `t${thanksLine.slice(1)}` : thanksLine;
    return [
      {
        start: first.start,
        end: first.end,
        message: 'The reply never thanks the customer; thank them for reaching out, for their patience or for the report',
        expected: [wishFirst ? `${ended(written, '.', context.original.slice(first.start, first.end))} ${thanksLine}` : `${opening} ${actual}`],
      },
    ];
  },
);

/** A wish for the customer that opens a letter: "Hope you are doing well", "I hope this email finds you well". */
const wellWish = /^\W*(?:(?:i|we) )?(?:hope|trust) (?:you(?:['’]re| are| have| had|['’]ve)? (?:doing|keeping|well|good|having|safe|been)|this (?:e-?mail|message|note|letter) finds you|all is well|your (?:day|week) is)\b/i;

/** A sentence that is a whole line ending with a comma: a salutation such as "To whom it may concern,". */
function salutationLine(text: string, sentence: { start: number; end: number }): boolean {
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  const lineEnd = text.indexOf('\n', sentence.end);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).trim();
  return line === text.slice(sentence.start, sentence.end).trim() && /[,،]$/u.test(line) && line.split(/\s+/u).length <= 6;
}
