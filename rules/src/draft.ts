/**
 * Draft-aware timing, shared by every surface that lints while the writer
 * types (the language server, the browser extension).
 *
 * A reply being written has no next step, no closing invitation and no
 * thanks yet, and saying so while the writer is on their first sentence is
 * nagging, not help. Rules that judge the reply as a whole therefore hold
 * back while the draft is unfinished: the writer is still on its last
 * paragraph, no sign-off has been typed, the document has not been saved,
 * and the writer has not been idle long enough. Phrase rules are not held:
 * a "you must" in a finished sentence is worth saying at once.
 */
import { analyzeStructure } from './structure.js';
import type { ReplyMessage } from './types.js';

/** Rules that judge the reply as a whole; they wait until the draft is finished. */
export const wholeReplyRules: ReadonlySet<string> = new Set([
  'require-next-step',
  'require-closing-invitation',
  'require-thanks',
  'no-generic-greeting',
]);

export interface DraftSignals {
  /** The document is saved (not dirty), or the writer asked for a lint. */
  saved?: boolean;
  /** Milliseconds since the last edit. */
  idleMs?: number;
  /** How long an idle writer is taken to be done; 0 turns draft timing off. */
  idleAfterMs?: number;
  /** Where the last edit happened (UTF-16 offset); unknown means "at the end". */
  editOffset?: number;
}

export type DraftReason = 'sign-off' | 'saved' | 'idle' | 'editing-earlier' | 'timing-off' | 'typing';

export interface DraftState {
  /** True when whole-reply rules may report. */
  finished: boolean;
  /** Why the draft counts as finished, or 'typing' while it does not. */
  reason: DraftReason;
}

/** Default: a writer idle for 30 s is taken to have finished the draft. */
export const defaultIdleAfterMs = 30_000;

/** Whether a draft is ready for whole-reply judgement. */
export function draftState(text: string, signals: DraftSignals = {}): DraftState {
  const idleAfter = signals.idleAfterMs ?? defaultIdleAfterMs;
  if (idleAfter <= 0) return { finished: true, reason: 'timing-off' };
  if (signals.saved) return { finished: true, reason: 'saved' };
  if (signals.idleMs !== undefined && signals.idleMs >= idleAfter) return { finished: true, reason: 'idle' };
  const structure = analyzeStructure(text);
  if (structure.signOff && signsOff(text, structure.body, structure.signOff)) return { finished: true, reason: 'sign-off' };
  if (signals.editOffset !== undefined) {
    // Editing an earlier paragraph of a reply whose end is already written.
    const last = structure.paragraphs[structure.paragraphs.length - 1];
    if (last && signals.editOffset < last.start && text.slice(last.end).trim() === '' && /[.!?؟]\s*$/u.test(text.slice(last.start, last.end))) {
      return { finished: true, reason: 'editing-earlier' };
    }
  }
  return { finished: false, reason: 'typing' };
}

/**
 * Whether a sign-off the structure found ends the draft. A closing line
 * ("Best,", or "Best, Ana" with the name on the same line) does; a name-like
 * line on its own does only below a finished sentence, since the first word
 * of a new paragraph ("You", "I") looks like a name while it is being typed.
 */
function signsOff(text: string, body: { start: number; end: number }, signOff: { start: number; end: number }): boolean {
  const prose = text.slice(body.start, body.end).trim();
  if (prose === '') return false;
  const firstLine = text.slice(signOff.start, signOff.end).split('\n', 1)[0]!.trim();
  if (/[,،]/u.test(firstLine) || text.slice(signOff.start, signOff.end).includes('\n')) return true;
  return /[.!?؟…)\p{Extended_Pictographic}]$/u.test(prose);
}

/** The messages to show for a draft in this state: whole-reply reports wait until it is finished. */
export function holdForDraft<M extends Pick<ReplyMessage, 'ruleId'>>(messages: readonly M[], state: DraftState): { shown: M[]; held: number } {
  if (state.finished) return { shown: [...messages], held: 0 };
  const shown = messages.filter((m) => !wholeReplyRules.has(m.ruleId ?? ''));
  return { shown, held: messages.length - shown.length };
}
