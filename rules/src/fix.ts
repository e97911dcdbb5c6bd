import { lint } from './lint.js';
import type { LintOptions, ReplyMessage } from './types.js';

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The edit that applies a message's rewrite (the first, unless another index is given). */
export function rewriteEdit(message: ReplyMessage, index = 0): Edit | undefined {
  const text = message.expected[index];
  const start = message.place?.start.offset;
  const end = message.place?.end.offset;
  if (text === undefined || start === undefined || end === undefined) return undefined;
  return { start, end, text };
}

/** The edits that can be applied together: in order, skipping any that overlaps one kept before it. */
export function nonOverlapping(edits: readonly Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: Edit[] = [];
  let reach = -1;
  for (const edit of sorted) {
    if (edit.start < reach || (edit.start === reach && edit.start === edit.end)) continue;
    chosen.push(edit);
    reach = edit.end;
  }
  return chosen;
}

/**
 * Applies edits that do not overlap, in one pass over the text (the stretches between them and their texts, joined):
 * splicing each into the whole text in turn made a file of many fixes quadratic. Overlapping edits are skipped.
 */
export function applyEdits(text: string, edits: readonly Edit[]): { text: string; applied: number } {
  const chosen = nonOverlapping(edits);
  const parts: string[] = [];
  let last = 0;
  for (const edit of chosen) {
    parts.push(text.slice(last, edit.start), edit.text);
    last = edit.end;
  }
  parts.push(text.slice(last));
  return { text: parts.join(''), applied: chosen.length };
}

/** The safe fixes among messages: those `--fix` and "fix all" may apply without a person looking. */
export function safeEdits(messages: readonly ReplyMessage[]): Edit[] {
  return messages.filter((m) => m.safe).flatMap((m) => rewriteEdit(m) ?? []);
}

/**
 * Applies every safe fix, in rounds: fixes that overlap wait for the next
 * round, when the text is linted again. Stops when nothing changes (at most
 * five rounds), so applying it twice equals applying it once.
 */
export function fixAll(text: string, options: LintOptions = {}): string {
  let current = text;
  for (let round = 0; round < 5; round++) {
    const { text: next, applied } = applyEdits(current, safeEdits(lint(current, options)));
    if (applied === 0 || next === current) break;
    current = next;
  }
  return current;
}

/**
 * The one edit that turns `before` into `after`: the span between their common prefix and suffix. Its ends never fall
 * inside a surrogate pair, so an editor can select exactly that span (the browser extension applies it in the DOM).
 */
export function minimalEdit(before: string, after: string): Edit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  if (start > 0 && start < before.length && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  if (end > 0 && end < before.length - start && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
  return { start, end: before.length - end, text: after.slice(start, after.length - end) };
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
