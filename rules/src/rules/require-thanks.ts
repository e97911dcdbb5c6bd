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
    const first = context.bodySentences()[0];
    if (!first) return [];
    const actual = context.text.slice(first.start, first.end);
    if (context.language === 'ar') {
      return [
        {
          start: first.start,
          end: first.end,
          message: 'لا يشكر الرد العميل في أي موضع؛ اشكره على تواصله أو صبره أو ملاحظته',
          expected: [`شكرًا لتواصلك معنا. ${actual}`],
          note: 'اشكر العميل: على تواصله، على صبره، على إبلاغه. تنتهي LATTE بالشكر والشرح، وتبدأ نصيحة المقال 003 في إغلاق المحادثة بالشكر («شكرا لك على لفت انتباهنا إلى هذا»).',
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
