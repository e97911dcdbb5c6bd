import { defineRule } from '../define-rule.js';

const note =
  'Greet the customer by name: the model replies open with "Hi Geraldine," and "Dear Peter,", never "Dear customer" (Customer Service 101; How to Deliver Excellent Customer Service, treat each customer as a person). A placeholder such as `{{ticket.requester.first_name}}` counts as a name.';

export default defineRule(
  {
    id: 'no-generic-greeting',
    description: 'A greeting that does not name the customer: "Dear customer", "To whom it may concern", a nameless "Hi,"',
    note,
    source: 'How to Deliver Excellent Customer Service, what customers need; Customer Service 101, the model replies',
    example: { bad: 'Dear customer,\n\nYour refund is on its way.', good: 'Hi Geraldine,\n\nYour refund is on its way.' },
    examples: { ar: { bad: 'عزيزي العميل،\n\nتم شحن طلبك اليوم.', good: 'عزيزي بيتر،\n\nتم شحن طلبك اليوم.' } },
    channels: ['email'],
    languages: ['en', 'ar'],
    defaultOptions: {},
  },
  (context) => {
    const { greeting } = context.checklist;
    const range = context.structure.greeting;
    const firstLine = context.structure.lines.find((line) => line.text.trim() !== '');
    // "To whom it may concern" is not a salutation the structure knows; catch it on the first line.
    if (!range && firstLine && /^\s*to whom it may concern[,:]?\s*$/i.test(firstLine.text)) {
      return [{ start: firstLine.start + (firstLine.text.length - firstLine.text.trimStart().length), end: firstLine.end, message: '"To whom it may concern" does not greet a person; greet the customer by name', expected: [] }];
    }
    if (!range || greeting.named) return [];
    // Quoted as written: the prose the rules read shows a stand-in or a placeholder as a name («Nnnn»).
    const text = context.original.slice(range.start, range.end);
    if (/^\s*@/.test(text)) return [];
    // The report starts at the salutation, not at the markup blanked before it ("<p>Dear customer,").
    const prose = context.text.slice(range.start, range.end);
    const lead = prose.length - prose.trimStart().length;
    return [
      {
        start: range.start + lead,
        end: range.end,
        message: context.language === 'ar' ? `«${text.slice(lead).trim()}» لا تحيي العميل باسمه` : `"${text.slice(lead).trim()}" does not greet the customer by name`,
        expected: [],
        ...(context.language === 'ar' ? { note: 'حيِّ العميل باسمه: تبدأ الردود النموذجية بـ«مرحبا جيرالدين» و«عزيزي بيتر»، لا بـ«عزيزي العميل» («خدمة العملاء 101»؛ «كيفية تقديم خدمة العملاء المتميزة»، عامل كل عميل كشخص). العنصر النائب مثل `{{customer.first_name}}` يُحسب اسمًا.' } : {}),
      },
    ];
  },
);
