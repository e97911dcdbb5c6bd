/**
 * The core, run for a reply box: one review (findings, checklist, score) per
 * request, the draft-aware hold of whole-reply rules, and the filters the
 * browser needs on top: helpdesk placeholders are never reported nor
 * rewritten, and findings the agent dismissed on this site stay hidden.
 */
import { checklistParts, draftState, findPlaceholders, holdForDraft, minimalEdit, review, scoreReply, wholeReplyRules, type LintOptions, type ReplyMessage } from '@replylint/rules';
import type { Finding, LintResult } from './messages.js';
import { dismissKey } from './settings.js';

export interface LintInput {
  text: string;
  options: LintOptions;
  dismissed: readonly string[];
  idleMs: number;
  editOffset: number;
}

export function lintReply({ text, options, dismissed, idleMs, editOffset }: LintInput): LintResult {
  const began = performance.now();
  const result = review(text, options);
  const state = draftState(text, { idleMs, editOffset });
  const { shown, held } = holdForDraft(result.messages, state);
  const placeholders = findPlaceholders(text);
  const overlapsPlaceholder = (start: number, end: number): boolean => placeholders.some((p) => start < p.end && p.start < end);
  const hidden = new Set(dismissed);
  // A report on a placeholder, or one the agent dismissed on this site, is never shown, and costs the score nothing.
  const silenced = (m: ReplyMessage): boolean => {
    const start = m.place.start.offset ?? 0;
    return overlapsPlaceholder(start, m.place.end.offset ?? start) || hidden.has(dismissKey(m.ruleId, m.actual));
  };
  const findings: Finding[] = [];
  for (const m of shown) {
    if (silenced(m)) continue;
    const start = m.place.start.offset ?? 0;
    const end = m.place.end.offset ?? start;
    const key = dismissKey(m.ruleId, m.actual);
    const expected = m.expected.slice(0, 4);
    findings.push({
      id: `${m.ruleId}:${start}:${end}`,
      ruleId: m.ruleId,
      start,
      end,
      actual: m.actual,
      message: m.reason,
      note: m.note,
      url: m.url,
      severity: m.severity,
      expected,
      changes: expected.map((rewrite) => minimalEdit(m.actual, rewrite) ?? { start: 0, end: 0, text: '' }),
      dismissKey: key,
      wholeReply: wholeReplyRules.has(m.ruleId),
    });
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    findings,
    held,
    draft: state.reason,
    score: result.scored ? (result.messages.some(silenced) ? scoreReply(result.checklist, result.messages.filter((m) => !silenced(m))).score : result.score.score) : null,
    checklist: checklistParts.map(({ part, label }) => ({ label, present: result.checklist[part].present, expected: result.checklist[part].expected })),
    language: result.language,
    ms: Math.round((performance.now() - began) * 10) / 10,
  };
}
