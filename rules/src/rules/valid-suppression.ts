import { defineRule } from '../define-rule.js';
import { findDirectives } from '../directives.js';
import { ruleIds } from '../registry-ids.js';
import type { Report } from '../types.js';

const note =
  'A suppression that names a rule replylint does not have silences nothing: usually a typo, so the report it meant to silence still shows, or a rule was renamed. Name a rule from the rules index, or none to cover every rule.';

export default defineRule(
  {
    id: 'valid-suppression',
    description: 'A replylint-disable comment that names a rule that does not exist, or that a plain-text reply would send to the customer',
    note,
    source: 'replylint',
    example: { bad: '{{!-- replylint-disable no-negativ-phrasing --}}\nYou need to restart.', good: '{{!-- replylint-disable no-negative-phrasing --}}\nYou need to restart.' },
    examples: { ar: { bad: '{{!-- replylint-disable no-negativ-phrasing --}}\nيجب عليك إعادة التشغيل.', good: '{{!-- replylint-disable no-negative-phrasing --}}\nيجب عليك إعادة التشغيل.' } },
    languages: ['en', 'ar'],
    defaultOptions: {},
  },
  (context) => {
    const reports: Report[] = [];
    // A plain-text reply is sent as it is written: an HTML comment in it reaches the customer.
    const sentAsWritten = context.format === 'text' && !context.template;
    for (const directive of findDirectives(context.original)) {
      if (sentAsWritten && context.original.startsWith('<!--', directive.start)) {
        reports.push({
          start: directive.start,
          end: directive.end,
          message:
            context.language === 'ar'
              ? 'الرد نص عادي يُرسل كما كُتب، فهذا التعليق يصل إلى العميل؛ أوقف القاعدة لهذا الملف في الإعدادات (overrides) بدلًا منه'
              : 'A plain-text reply is sent as written, so the customer would see this comment; turn the rule off for this file in the config (overrides) instead',
          expected: [],
        });
      }
      for (const id of directive.ruleIds) {
        if (ruleIds().includes(id)) continue;
        const at = context.original.indexOf(id, directive.start);
        reports.push({
          start: at,
          end: at + id.length,
          message: context.language === 'ar' ? `«${id}» ليست قاعدة في replylint، فهذا الاستثناء لا يُسكت شيئًا` : `"${id}" is not a replylint rule, so this suppression silences nothing`,
          expected: [],
        });
      }
    }
    return reports;
  },
);
