/**
 * The reply score, 0 to 100: points for each part of the checklist, less
 * points for each report. Documented in the README ("The reply score").
 * Every point lost is a line of the breakdown with its reason, so a trainer
 * can say why a reply scored what it did.
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

/** The rules in the words a trainer uses; the rule id is for tooltips and configs. */
export const ruleNames: Readonly<Record<string, string>> = {
  'no-negative-phrasing': 'Positive wording',
  'require-next-step': 'Gives a next step',
  'require-closing-invitation': 'Invites the customer back',
  'no-overpromise': 'Promises only what is certain',
  'no-unclear-instructions': 'Clear instructions',
  'no-generic-apology': 'Apology that names the problem',
  'no-uncertain-expertise': 'Sounds sure and competent',
  'no-generic-greeting': 'Greets the customer by name',
  'require-thanks': 'Thanks the customer',
  'no-tone-mismatch': 'Tone that fits the situation',
  'no-wall-of-text': 'Short paragraphs',
  'no-unfilled-placeholder': 'No placeholder left in',
  'team-phrases': "The team's own phrases",
  'valid-suppression': 'Valid replylint comments',
};

/** A rule's plain name, or its id when it has none (a plugin's rule). */
export function ruleName(ruleId: string): string {
  return ruleNames[ruleId] ?? ruleId;
}

/** Rules whose reports restate a missing checklist part: the part's points count it, once. */
const checklistRules: Readonly<Record<string, ChecklistPart>> = {
  'require-next-step': 'nextStep',
  'require-closing-invitation': 'closingInvitation',
  'require-thanks': 'thanks',
  'no-generic-greeting': 'greeting',
  'no-generic-apology': 'apology',
};

export interface ScoreLine {
  label: string;
  points: number;
  /** The most the line can give: the part's weight, or 0 for a report. */
  max: number;
  /** The checklist part, or the rule, the line is about. */
  part?: ChecklistPart;
  ruleId?: string;
  /** Why points were lost, when they were. */
  reason?: string;
}

export interface Score {
  score: number;
  /** How the score was reached, line by line, for a trainer to read. */
  breakdown: ScoreLine[];
  /** Set when the reply is not scored (the score is then 0 and means nothing), with why: "the reply is empty". */
  notScored?: string;
}

/** The lines that lost points, each with its reason. */
export function pointsLost(score: Score): ScoreLine[] {
  return score.breakdown.filter((line) => line.points < line.max);
}

function partLine(checklist: Checklist, part: ChecklistPart, label: string): ScoreLine {
  const item = checklist[part];
  const weight = partWeights[part];
  if (!item.expected) return { label: `${label} (not needed here)`, points: weight, max: weight, part };
  if (part === 'apology' && checklist.apology.present && !checklist.apology.specific) {
    return { label, points: weight / 2, max: weight, part, reason: 'the apology does not name what went wrong' };
  }
  if (item.present) return { label, points: weight, max: weight, part };
  const reason = part === 'greeting' && checklist.greeting.range ? 'the greeting does not name the customer' : 'missing';
  return { label, points: 0, max: weight, part, reason };
}

export function scoreReply(checklist: Checklist, messages: readonly ReplyMessage[], notScored?: string): Score {
  const breakdown: ScoreLine[] = [];
  for (const { part, label } of checklistParts) breakdown.push(partLine(checklist, part, label));
  for (const message of messages) {
    // A report that restates a part already marked down costs nothing more; where the part is not needed
    // (a generic apology where none was due), the report is what the points are lost for.
    const part = checklistRules[message.ruleId];
    if (part && breakdown.some((line) => line.part === part && line.points < line.max)) continue;
    breakdown.push({ label: `${ruleName(message.ruleId)}: ${message.reason}`, points: -reportCosts[message.severity], max: 0, ruleId: message.ruleId, reason: message.reason });
  }
  if (notScored !== undefined) return { score: 0, breakdown, notScored };
  const total = breakdown.reduce((sum, line) => sum + line.points, 0);
  return { score: Math.max(0, Math.min(100, Math.round(total))), breakdown };
}
