/**
 * The worker thread that lints for the language server. The server hands it
 * each document's text and options and waits at most its time budget: a lint
 * that runs past it is stopped by terminating this thread, which nothing in
 * the server's own thread could do to a synchronous lint.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigError, fixAll, lint, type LintOptions } from '@replylint/rules';
import { packMessages, type PackedMessages } from './packed-messages.js';
import { warmUp } from './warm-up.js';

export interface LintRequest {
  id: number;
  kind: 'lint' | 'fix';
  text: string;
  options: LintOptions;
}

export type LintResponse =
  | { id: number; messages: PackedMessages }
  | { id: number; fixed: string }
  | { id: number; error: string }
  | { warmedUp: number; ms: number }
  /** The worker has loaded the core and takes requests: a lint's time budget starts now, not while modules load. */
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
  port.postMessage({ ready: true } satisfies LintResponse);
  port.on('message', ({ id, kind, text, options }: LintRequest) => {
    lastRequest = performance.now();
    let response: LintResponse;
    try {
      response = kind === 'lint' ? { id, messages: packMessages(lint(text, options)) } : { id, fixed: fixAll(text, options) };
    } catch (error) {
      response = { id, error: error instanceof ConfigError ? error.message : ((error as Error).stack ?? String(error)) };
    }
    port.postMessage(response);
  });
  if (data.warmUp) {
    const started = performance.now();
    warmUp({
      busy: () => performance.now() - lastRequest < 200,
      done: (lints) => port.postMessage({ warmedUp: lints, ms: Math.round(performance.now() - started) } satisfies LintResponse),
    });
  }
}
