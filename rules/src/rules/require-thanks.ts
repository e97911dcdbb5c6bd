import { defineRule } from '../define-rule.js';

const note =
  'Thank the customer: for reaching out, for their patience, for the report. LATTE ends with Thank and Explain, and Customer Service 101\'s advice on closing starts with thanks.';

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
    // A salutation the structure did not take for a greeting ("To whom it may concern,") is not where thanks go.
    const sentences = context.bodySentences();
    const first = sentences.find((s) => !salutationLine(context.text, s)) ?? sentences[0];
    if (!first) return [];
    const written = context.text.slice(first.start, first.end);
    // The sentence after the thanks starts a sentence: "you need to …" becomes "You need to …".
    const actual = written.charAt(0).toUpperCase() + written.slice(1);
    if (context.language === 'ar') {
      return [
        {
          start: first.start,
          end: first.end,
          message: 'لا يشكر الرد العميل في أي موضع؛ اشكره على تواصله أو صبره أو ملاحظته',
          expected: [`شكرًا لتواصلك معنا. ${actual}`],
          note: 'اشكر العميل: على تواصله، على صبره، على إبلاغه. تنتهي LATTE بالشكر والشرح، وتبدأ نصيحة «خدمة العملاء 101» في إغلاق المحادثة بالشكر («شكرا لك على لفت انتباهنا إلى هذا»).',
        },
      ];
    }
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

/** A sentence that is a whole line ending with a comma: a salutation such as "To whom it may concern,". */
function salutationLine(text: string, sentence: { start: number; end: number }): boolean {
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  const lineEnd = text.indexOf('\n', sentence.end);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).trim();
  return line === text.slice(sentence.start, sentence.end).trim() && /[,،]$/u.test(line) && line.split(/\s+/u).length <= 6;
}
