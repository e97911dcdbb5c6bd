import { applyEdits, lint, rewriteEdit, type LintOptions, type ReplyMessage } from '../src/index.js';

/** One message as a line of output: `1:1-1:12 no-negative-phrasing "You need to" → "Please"`. */
export function line(m: ReplyMessage): string {
  const { start, end } = m.place;
  const rewrite = m.expected.length > 0 ? ` → ${JSON.stringify(m.expected[0])}` : '';
  return `${start.line}:${start.column}-${end.line}:${end.column} ${m.ruleId} ${JSON.stringify(m.actual)}${rewrite}`;
}

/** The messages of one rule for a text, as lines of output. */
export function report(ruleId: string, text: string, options: LintOptions = {}): string[] {
  return only(ruleId, text, options).map(line);
}

export function only(ruleId: string, text: string, options: LintOptions = {}): ReplyMessage[] {
  return lint(text, options).filter((m) => m.ruleId === ruleId);
}

/** The text after applying the first rewrite of the rule's first message. */
export function fixed(ruleId: string, text: string, options: LintOptions = {}): string {
  const message = only(ruleId, text, options)[0];
  if (!message) throw new Error(`${ruleId} reported nothing in ${JSON.stringify(text)}`);
  const edit = rewriteEdit(message);
  if (!edit) throw new Error(`${ruleId} offered no rewrite for ${JSON.stringify(message.actual)}`);
  return applyEdits(text, [edit]).text;
}

/** Wraps a body in a greeting and sign-off, as an email reply. */
export function email(body: string): string {
  return `Hi Sam,\n\n${body}\n\nBest,\nAna`;
}
