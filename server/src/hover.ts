import { getRule } from '@replylint/rules';
import type { ReplyMessage } from '@replylint/rules';

const quote = (text: string): string => text.replace(/\r?\n/gu, ' ⏎ ');

/** The hover's own words, in the language the message speaks. */
const words = {
  en: { rewrite: 'Rewrite:', own: 'only you know the right words here.', remove: '*(delete)*', instead: 'Instead of:', write: 'Write:', docs: 'Rule documentation' },
  ar: { rewrite: 'إعادة الصياغة:', own: 'أنت وحدك تعرف الكلمات المناسبة هنا.', remove: '*(حذف)*', instead: 'بدلًا من:', write: 'اكتب:', docs: 'توثيق القاعدة' },
} as const;

/**
 * The hover for a flagged range: the rule, why (its note, not the message the
 * editor already shows), the rewrites, and a
 * bad and good example, in the reply's language (the message is written in it).
 */
export function hoverMarkdown(message: ReplyMessage): string {
  const rule = getRule(message.ruleId);
  const language = /[\u0600-\u06FF]/u.test(message.reason) ? 'ar' : 'en';
  const say = words[language];
  // The diagnostic's own message is shown by the editor beside the hover: not repeated here.
  const lines = [`**replylint** · \`${message.ruleId}\``, '', message.note];
  if (message.expected.length > 0) {
    lines.push('', `**${say.rewrite}** ${message.expected.map((e) => (e === '' ? say.remove : `“${quote(e)}”`)).join(' · ')}`);
  } else {
    lines.push('', `**${say.rewrite}** ${say.own}`);
  }
  if (rule) {
    const example = (language === 'ar' ? rule.meta.examples?.ar : undefined) ?? rule.meta.example;
    lines.push('', `${say.instead} \`${quote(example.bad)}\``, '', `${say.write} \`${quote(example.good)}\``);
  }
  lines.push('', `[${say.docs}](${message.url})`);
  return lines.join('\n');
}
