/**
 * The worker thread that lints for the language server. The server hands it
 * each document's text and options and waits at most its time budget: a lint
 * that runs past it is stopped by terminating this thread, which nothing in
 * the server's own thread could do to a synchronous lint.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigError, checklistParts, fixAll, review, type Checklist, type LintOptions, type Review } from '@replylint/rules';
import { packMessages, type PackedMessages } from './packed-messages.js';
import { warmUp } from './warm-up.js';

export interface LintRequest {
  id: number;
  kind: 'lint' | 'fix';
  text: string;
  options: LintOptions;
}

/** What the editor shows beside the reports: the reply's score and which parts of a good reply it has. */
export interface ReplySummary {
  score: number;
  parts: Array<{ label: string; present: boolean; expected: boolean }>;
}

/**
 * A lint's summary as the server keeps it: with the checklist the score was reached from, so that the score the writer
 * sees can be taken again without the reports they dismissed.
 */
export interface LintSummary extends ReplySummary {
  checklist: Checklist;
}

/** The summary of a review, or none when the reply is not scored (empty, a document, a language the checklist cannot read). */
export function summaryOf(result: Review): LintSummary | undefined {
  if (!result.scored) return undefined;
  const parts = checklistParts.map(({ part, label }) => ({ label, present: result.checklist[part].present, expected: result.checklist[part].expected }));
  return { score: result.score.score, parts, checklist: result.checklist };
}

export type LintResponse =
  | { id: number; messages: PackedMessages; summary?: LintSummary }
  | { id: number; fixed: string }
  | { id: number; error: string }
  | { warmedUp: number; ms: number }
  /** Sent once the worker has loaded the rules and listens: a lint's time budget starts from here, not from a cold start. */
  | { ready: true };

export interface LintWorkerData {
  replylintLintWorker: true;
  /** Lint the rules' examples while idle, so the first keystrokes find the rules compiled. */
  warmUp: boolean;
}

export const isLintWorker = (data: unknown): data is LintWorkerData => (data as Partial<LintWorkerData> | null)?.replylintLintWorker === true;

/** Serves lint and fix-all requests from the server's thread, one at a time, warming up between them. */
export function serveLints(): void {
  const port = parentPort!;
  const data = workerData as LintWorkerData;
  let lastRequest = 0;
  port.on('message', ({ id, kind, text, options }: LintRequest) => {
    lastRequest = performance.now();
    let response: LintResponse;
    try {
      if (kind === 'lint') {
        // One analysis gives the reports, the checklist and the score.
        const result = review(text, options);
        const summary = summaryOf(result);
        response = { id, messages: packMessages(result.messages), ...(summary ? { summary } : {}) };
      } else response = { id, fixed: fixAll(text, options) };
    } catch (error) {
      response = { id, error: error instanceof ConfigError ? error.message : ((error as Error).stack ?? String(error)) };
    }
    port.postMessage(response);
  });
  port.postMessage({ ready: true } satisfies LintResponse);
  if (data.warmUp) {
    const started = performance.now();
    warmUp({
      busy: () => performance.now() - lastRequest < 200,
      done: (lints) => port.postMessage({ warmedUp: lints, ms: Math.round(performance.now() - started) } satisfies LintResponse),
    });
  }
}
