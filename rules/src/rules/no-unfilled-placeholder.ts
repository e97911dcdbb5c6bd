import { defineRule } from '../define-rule.js';
import { findPlaceholders, findSyntaxProblems } from '../placeholders.js';
import type { Report } from '../types.js';

const note =
  'A reply sent with `[Customer Name]` or `{{first_name}}` still in it tells the customer nobody read it. Templates for common problems are good practice (Customer Service 101), and clear written procedures keep every agent consistent (Customer Service Online), but each placeholder must be filled before sending, and a template\'s own syntax must be whole.';

const arabicNote =
  'الرد الذي يُرسل وفيه `[اسم العميل]` أو `{{first_name}}` يخبر العميل بأن أحدًا لم يقرأه. القوالب للمشكلات الشائعة ممارسة جيدة («خدمة العملاء 101»)، والإجراءات المكتوبة بوضوح تجعل كل موظف متسقًا («خدمة العملاء عبر الإنترنت»)، لكن يجب ملء كل عنصر نائب قبل الإرسال، وأن تكون صياغة القالب نفسها سليمة.';

export default defineRule(
  {
    id: 'no-unfilled-placeholder',
    description: 'A placeholder left in a reply ([Customer Name], XXX, {{…}}), or broken placeholder syntax in a template',
    note,
    source: 'Customer Service Online, clear procedures; Customer Service 101, templates for common problems',
    example: { bad: 'Hi [Customer Name],\n\nYour refund is on its way.', good: 'Hi Geraldine,\n\nYour refund is on its way.' },
    examples: { ar: { bad: 'مرحبا [اسم العميل]،\n\nتم شحن طلبك.', good: 'مرحبا ليلى،\n\nتم شحن طلبك.' } },
    languages: ['en', 'ar'],
    defaultOptions: {},
  },
  (context) => {
    const reports: Report[] = [];
    const arabic = context.language === 'ar';
    const extra = arabic ? { note: arabicNote } : {};
    const problems = findSyntaxProblems(context.original);
    for (const problem of problems) reports.push({ start: problem.start, end: problem.end, message: arabic ? problem.arabic : problem.message, expected: [], ...extra });
    // In a template file placeholders are the point; only broken syntax is reported there.
    if (context.template) return reports;
    const broken = (start: number): boolean => problems.some((p) => start >= p.start && start < p.end);
    for (const placeholder of findPlaceholders(context.original)) {
      if (broken(placeholder.start) || context.isQuoted(placeholder.start, placeholder.end)) continue;
      reports.push({
        start: placeholder.start,
        end: placeholder.end,
        message: arabic ? `«${placeholder.text}» عنصر نائب لم يُملأ بعد` : `"${placeholder.text}" is a placeholder still waiting to be filled in`,
        expected: [],
        ...extra,
      });
    }
    return reports;
  },
);
