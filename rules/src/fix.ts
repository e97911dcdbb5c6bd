import type { ReplyMessage } from './types.js';

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

/** Applies edits that do not overlap, later ones first so offsets stay valid. Overlapping edits are skipped. */
export function applyEdits(text: string, edits: readonly Edit[]): { text: string; applied: number } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: Edit[] = [];
  let reach = -1;
  for (const edit of sorted) {
    if (edit.start < reach || (edit.start === reach && edit.start === edit.end)) continue;
    chosen.push(edit);
    reach = edit.end;
  }
  let result = text;
  for (let i = chosen.length - 1; i >= 0; i--) {
    const edit = chosen[i]!;
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return { text: result, applied: chosen.length };
}

/** The safe fixes among messages: those `--fix` and "fix all" may apply without a person looking. */
export function safeEdits(messages: readonly ReplyMessage[]): Edit[] {
  return messages.filter((m) => m.safe).flatMap((m) => rewriteEdit(m) ?? []);
}
