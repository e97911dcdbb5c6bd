import { defineRule } from '../define-rule.js';
import { findPlaceholders, findSyntaxProblems } from '../placeholders.js';
import type { Report } from '../types.js';

const note =
  'A reply sent with `[Customer Name]` or `{{first_name}}` still in it tells the customer nobody read it. Templates for common problems are good practice (Customer Service 101), and clear written procedures keep every agent consistent (Customer Service Online), but each placeholder must be filled before sending, and a template\'s own syntax must be whole.';

const arabicNote =
  'الرد الذي يُرسل وفيه `[اسم العميل]` أو `{{first_name}}` يخبر العميل بأن أحدًا لم يقرأه. القوالب للمشكلات الشائعة ممارسة جيدة («خدمة العملاء 101»)، والإجراءات المكتوبة بوضوح تجعل كل موظف متسقًا («خدمة العملاء عبر الإنترنت»)، لكن يجب ملء كل عنصر نائب قبل الإرسال، وأن تكون صياغة القالب نفسها سليمة.';

/**
 * A stand-in ([Customer Name], XXX, <PROJECT NAME>, [اسم العميل]) is text for a
 * person to replace: no helpdesk fills it, so a template or an export that
 * holds one sends it as it is. A placeholder in a helpdesk's syntax
 * ({{first_name}}, {%…%}, %{…}, ${…}, #{…}, {name}, %NAME%, <#…>) is filled when sent.
 */
function isStandIn(text: string): boolean {
  const first = text[0];
  if (first === '[' || first === 'X' || first === 'x') return true;
  return first === '<' && !text.startsWith('<#') && !text.startsWith('</#');
}

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
    // In a template file (and an export, a template by default) the helpdesk's placeholders are the
    // point: only broken syntax and stand-ins, which nothing fills, are reported there.
    const broken = (start: number): boolean => problems.some((p) => start >= p.start && start < p.end);
    const found = findPlaceholders(context.original).filter((p) => !broken(p.start) && !context.isQuoted(p.start, p.end));
    // Outside a template, a reply made of helpdesk placeholders is most likely a template not marked as one: say how.
    const helpdesk = found.filter((p) => !isStandIn(p.text)).length;
    const hint = !context.template && helpdesk >= 2 ? ' (if this file is a template, mark it with "template: true" in the config, or --template)' : '';
    for (const placeholder of found) {
      const standIn = isStandIn(placeholder.text);
      if (context.template && !standIn) continue;
      let message: string;
      if (arabic) message = `«${placeholder.text}» عنصر نائب لم يُملأ بعد`;
      else if (context.template) message = `"${placeholder.text}" is a stand-in no helpdesk fills: write the text, or use the helpdesk's placeholder`;
      else message = `"${placeholder.text}" is a placeholder still waiting to be filled in${standIn ? '' : hint}`;
      reports.push({ start: placeholder.start, end: placeholder.end, message, expected: [], ...extra });
    }
    return reports;
  },
);
