import { expect } from 'vitest';
import { applyEdits, checklistParts, isComplete, lint, review, rewriteEdit, type ChecklistPart, type LintOptions, type ReplyMessage, type Review } from '../src/index.js';

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

/** Checks a model reply: the recommended preset leaves it clean, every expected part is found, and it scores 100. */
export function expectModelReply(text: string): Review {
  expect(lint(text).map((m) => `${m.ruleId}: ${m.actual}`)).toEqual([]);
  const result = review(text);
  const { checklist, score } = result;
  expect(checklistParts.filter(({ part }) => checklist[part].expected && !checklist[part].present).map(({ part }) => part)).toEqual([]);
  expect(isComplete(checklist)).toBe(true);
  expect(score.score).toBe(100);
  return result;
}

/** The text of each checklist part the reply has, by part. */
export function partsOf(text: string): Partial<Record<ChecklistPart, string>> {
  const { checklist } = review(text);
  return Object.fromEntries(
    Object.entries(checklist).flatMap(([part, item]) => (item.range ? [[part, text.slice(item.range.start, item.range.end)]] : [])),
  ) as Partial<Record<ChecklistPart, string>>;
}

/** Checks what a reply that lacks most parts has, and its score: the same expectations in every language. */
export function expectSparseReply(text: string, score: number): void {
  const { checklist, score: got } = review(text);
  expect(checklist.greeting).toMatchObject({ present: false, named: false, expected: true });
  expect(checklist.apology).toMatchObject({ present: true, specific: false });
  expect(checklist.nextStep.present).toBe(false);
  expect(checklist.thanks.present).toBe(false);
  expect(checklist.closingInvitation.present).toBe(false);
  expect(checklist.signOff.present).toBe(true);
  expect(isComplete(checklist)).toBe(false);
  expect(got.score).toBe(score);
}
