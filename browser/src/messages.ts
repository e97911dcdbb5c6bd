/** What the content script and the service worker say to each other. */
import type { Channel } from '@replylint/rules';

export interface Finding {
  id: string;
  ruleId: string;
  start: number;
  end: number;
  actual: string;
  message: string;
  note: string;
  url: string;
  severity: 'error' | 'warn' | 'info';
  expected: string[];
  /**
   * For each rewrite, the part of the flagged words it changes (offsets within `actual`) and the text to put there: the
   * rest is left as it stands in the editor, with its links and formatting.
   */
  changes: Array<{ start: number; end: number; text: string }>;
  dismissKey: string;
  /** A judgement on the whole reply (no next step, no closing): drawn apart from phrase findings. */
  wholeReply: boolean;
}

export interface ChecklistLine {
  label: string;
  present: boolean;
  expected: boolean;
}

export interface LintResult {
  findings: Finding[];
  /** Whole-reply findings held back while the draft is unfinished. */
  held: number;
  draft: string;
  score: number | null;
  checklist: ChecklistLine[];
  language: string;
  ms: number;
}

export type Request =
  | { type: 'lint'; text: string; origin: string; idleMs: number; editOffset: number }
  | { type: 'site'; origin: string }
  | { type: 'dismiss'; origin: string; key: string }
  | { type: 'enable'; tabId: number; origin: string; channel: Channel; enabled: boolean };
