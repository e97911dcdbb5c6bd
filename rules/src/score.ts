/**
 * The reply score, 0 to 100: points for each part of the checklist, less
 * points for each report. Documented in the README ("The reply score").
 */
import { checklistParts, type Checklist, type ChecklistPart } from './checklist.js';
import type { ReplyMessage } from './types.js';

/** What each part of a good reply is worth; they add up to 100. */
export const partWeights: Record<ChecklistPart, number> = {
  greeting: 10,
  acknowledgement: 10,
  apology: 10,
  nextStep: 25,
  explanation: 10,
  thanks: 10,
  closingInvitation: 15,
  signOff: 10,
};

/** What each report costs, by severity. */
export const reportCosts = { error: 15, warn: 5, info: 1 } as const;

/** Rules whose reports restate a missing checklist part; the part's points already count it. */
const checklistRules = new Set(['require-next-step', 'require-closing-invitation', 'require-thanks', 'no-generic-greeting', 'no-generic-apology']);

export interface ScoreLine {
  label: string;
  points: number;
}

export interface Score {
  score: number;
  /** How the score was reached, line by line, for a trainer to read. */
  breakdown: ScoreLine[];
}

export function scoreReply(checklist: Checklist, messages: readonly ReplyMessage[]): Score {
  const breakdown: ScoreLine[] = [];
  for (const { part, label } of checklistParts) {
    const item = checklist[part];
    const weight = partWeights[part];
    let points: number;
    if (!item.expected) points = weight;
    else if (part === 'apology') points = checklist.apology.present ? (checklist.apology.specific ? weight : weight / 2) : 0;
    else points = item.present ? weight : 0;
    breakdown.push({ label: item.expected ? label : `${label} (not needed here)`, points });
  }
  for (const message of messages) {
    if (checklistRules.has(message.ruleId)) continue;
    breakdown.push({ label: `${message.ruleId}: ${message.reason}`, points: -reportCosts[message.severity] });
  }
  const total = breakdown.reduce((sum, line) => sum + line.points, 0);
  return { score: Math.max(0, Math.min(100, Math.round(total))), breakdown };
}
