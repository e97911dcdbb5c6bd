import { getRule } from '@replylint/rules';
import type { ReplyMessage } from '@replylint/rules';

const quote = (text: string): string => text.replace(/\r?\n/gu, ' ⏎ ');

/** The hover for a flagged range: the rule, why (its note), the rewrites, and a bad and good example. */
export function hoverMarkdown(message: ReplyMessage): string {
  const rule = getRule(message.ruleId);
  const lines = [`**replylint** · \`${message.ruleId}\``, '', message.reason, '', message.note];
  if (message.expected.length > 0) {
    lines.push('', `**Rewrite:** ${message.expected.map((e) => (e === '' ? '*(delete)*' : `“${quote(e)}”`)).join(' · ')}`);
  } else {
    lines.push('', '**Rewrite:** only you know the right words here.');
  }
  if (rule) {
    lines.push('', `Instead of: \`${quote(rule.meta.example.bad)}\``, '', `Write: \`${quote(rule.meta.example.good)}\``);
  }
  lines.push('', `[Rule documentation](${message.url})`);
  return lines.join('\n');
}
