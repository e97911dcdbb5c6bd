/**
 * Focus mode: reports on the sentence being typed wait until the writer
 * pauses or edits somewhere else, so the editor does not nag mid-word.
 */
import type { ReplyMessage } from '@replylint/rules';

export interface Edit {
  /** Where the last edit happened, as an offset in the new text. */
  offset: number;
  /** When, in milliseconds (Date.now()). */
  at: number;
}

/** Where two versions of a text first differ: the offset of the edit. */
export function editOffset(before: string, after: string): number {
  const max = Math.min(before.length, after.length);
  let i = 0;
  while (i < max && before.charCodeAt(i) === after.charCodeAt(i)) i++;
  return i;
}

/** The sentence around an offset: from after the previous terminator to the next one (or the line's end). */
export function sentenceAround(text: string, offset: number): { start: number; end: number } {
  let start = offset;
  while (start > 0 && !/[.!?\n]/u.test(text[start - 1]!)) start--;
  let end = offset;
  while (end < text.length && !/[.!?\n]/u.test(text[end]!)) end++;
  return { start, end: Math.min(text.length, end + 1) };
}

/** Withholds the messages that touch the sentence being typed, while the writer is still typing it. */
export function withholdTyping(messages: readonly ReplyMessage[], text: string, edit: Edit | undefined, delay: number, now: number): { shown: ReplyMessage[]; held: number } {
  if (!edit || now - edit.at >= delay) return { shown: [...messages], held: 0 };
  const sentence = sentenceAround(text, Math.min(edit.offset, text.length));
  const shown = messages.filter((m) => m.place.end.offset! <= sentence.start || m.place.start.offset! >= sentence.end);
  return { shown, held: messages.length - shown.length };
}
