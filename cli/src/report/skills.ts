/**
 * What the report says of each reply as skills (the checklist's parts and the
 * rules), the JSON a report writes for a later run to compare against, and the
 * comments a trainer exports from the page. The judgements are the core's
 * (partDone, the messages); this only counts them.
 */
import { checklistParts, partDone, ruleName, version, type ChecklistPart } from '@replylint/rules';
import type { ReportReply } from './collect.js';

/** Rules whose reports restate a checklist part: the part's column says it. */
const partRules = new Set(['require-next-step', 'require-closing-invitation', 'require-thanks', 'no-generic-greeting', 'no-generic-apology']);

export interface Skill {
  /** `part:greeting`, `rule:no-overpromise`. */
  id: string;
  label: string;
  /** The rule id, shown in a tooltip. */
  ruleId?: string;
}

/** The skills of a cohort: every checklist part, and each rule reported at least once (those a part already covers left out). */
export function skillsOf(replies: readonly ReportReply[]): Skill[] {
  const reported = new Set(replies.flatMap((r) => r.messages.map((m) => m.ruleId)));
  const rules = [...reported].filter((id) => !partRules.has(id)).sort((a, b) => ruleName(a).localeCompare(ruleName(b)));
  return [
    ...checklistParts.map(({ part, label }) => ({ id: `part:${part}`, label })),
    ...rules.map((id) => ({ id: `rule:${id}`, label: ruleName(id), ruleId: id })),
  ];
}

/**
 * Whether the reply got each skill right: a part it needs and has (a part it
 * does not need is not counted), a rule it was not reported for. Replies that
 * are not scored count for nothing.
 */
export function judged(reply: Pick<ReportReply, 'scored' | 'checklist' | 'messages'>, skills: readonly Skill[]): Map<string, boolean> {
  const result = new Map<string, boolean>();
  if (!reply.scored) return result;
  const reported = new Set(reply.messages.map((m) => m.ruleId));
  for (const skill of skills) {
    if (skill.id.startsWith('part:')) {
      const done = partDone(reply.checklist, skill.id.slice(5) as ChecklistPart);
      if (done !== undefined) result.set(skill.id, done);
    } else result.set(skill.id, !reported.has(skill.ruleId!));
  }
  return result;
}

/** One reply as the report's JSON holds it. */
export interface SavedReply {
  key: string;
  group: string;
  name: string;
  scored: boolean;
  score: number;
  notScored?: string;
  problems: number;
  /** Skill id to right (true) or missed (false); skills the reply was not judged on are absent. */
  skills: Record<string, boolean>;
  /** Every point lost, with its reason. */
  lost: Array<{ label: string; points: number; reason: string }>;
}

export interface SavedReport {
  kind: 'replylint-report';
  version: string;
  created: string;
  replies: SavedReply[];
}

export function savedReport(replies: readonly ReportReply[]): SavedReport {
  const skills = skillsOf(replies);
  return {
    kind: 'replylint-report',
    version,
    created: new Date().toISOString(),
    replies: replies.map((r) => ({
      key: r.key,
      group: r.group,
      name: r.name,
      scored: r.scored,
      score: r.score.score,
      ...(r.score.notScored !== undefined ? { notScored: r.score.notScored } : {}),
      problems: r.messages.length,
      skills: Object.fromEntries(judged(r, skills)),
      lost: r.score.breakdown.filter((l) => l.points < l.max).map((l) => ({ label: l.label, points: l.points - l.max, reason: l.reason ?? '' })),
    })),
  };
}

/** Reads a report's JSON back; a string says what is wrong with it. */
export function parseSavedReport(text: string): SavedReport | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return `not JSON: ${(error as Error).message}`;
  }
  const report = data as Partial<SavedReport>;
  if (report === null || typeof report !== 'object' || report.kind !== 'replylint-report' || !Array.isArray(report.replies)) return 'not a report written by replylint report --json';
  const replies = report.replies.filter(
    (r): r is SavedReply => r !== null && typeof r === 'object' && typeof r.key === 'string' && typeof r.group === 'string' && typeof r.score === 'number' && typeof r.scored === 'boolean' && r.skills !== null && typeof r.skills === 'object',
  );
  return { kind: 'replylint-report', version: String(report.version ?? ''), created: String(report.created ?? ''), replies };
}

/** A trainer's comment on a reply, or on one finding of it (`finding`: its rule and where it starts). */
export interface Comment {
  key: string;
  finding?: string;
  text: string;
  at?: string;
}

/** Reads the comments a page exported; a string says what is wrong with the file. */
export function parseComments(text: string): Comment[] | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return `not JSON: ${(error as Error).message}`;
  }
  const list = (data as { comments?: unknown } | null)?.comments;
  if (!Array.isArray(list)) return 'not a comments file exported from a replylint report (no "comments" list)';
  return list
    .filter((c): c is Comment => c !== null && typeof c === 'object' && typeof (c as Comment).key === 'string' && typeof (c as Comment).text === 'string')
    .map((c) => ({ key: c.key, text: c.text, ...(typeof c.finding === 'string' ? { finding: c.finding } : {}), ...(typeof c.at === 'string' ? { at: c.at } : {}) }));
}
