/**
 * Lints in a worker thread with a time budget. Requests run one at a time; a
 * lint that runs past the budget is abandoned (the worker is terminated and a
 * fresh one started), its caller is told the document was too long to check,
 * and the requests behind it go on. The server's own thread never runs a lint,
 * so it keeps answering requests whatever a document holds.
 */
import { Worker } from 'node:worker_threads';
import type { LintOptions, ReplyMessage } from '@replylint/rules';
import type { LintRequest, LintResponse, LintSummary, LintWorkerData } from './lint-worker.js';
import { unpackMessages } from './packed-messages.js';

/** What became of a request: its result, or `tooLong` when it ran past the budget. `undefined` when a newer request for the same document replaced it before it ran. */
export type Outcome<T> = { done: T; summary?: LintSummary } | { tooLong: true } | undefined;

interface Job {
  request: LintRequest;
  /** Requests with the same key replace each other while waiting: only a document's newest text is worth linting. */
  key?: string;
  resolve: (outcome: Outcome<ReplyMessage[] | string>) => void;
  reject: (error: Error) => void;
}

export interface LinterOptions {
  /** The script that starts a lint worker (see lint-worker.ts). */
  script: string | URL;
  /** How long a lint may run, in milliseconds. */
  budget: number;
  warmUp: boolean;
  /** Told when the first worker has warmed up. */
  onWarmedUp?: (lints: number, ms: number) => void;
  log: (message: string) => void;
}

export class Linter {
  private worker: Worker;
  /** Whether the current worker has started and listens; requests wait for it, outside the time budget. */
  private ready = false;
  /** Whether the current worker has answered a request: until then it compiles the rules as it lints, which takes longer. */
  private warm = false;
  private readonly queue: Job[] = [];
  private running: { job: Job; timer: NodeJS.Timeout } | undefined;
  private nextId = 0;
  private disposed = false;
  /** Workers that failed in a row: a worker that cannot even start is not restarted for ever. */
  private failures = 0;
  private broken: Error | undefined;

  constructor(private readonly options: LinterOptions) {
    this.worker = this.start(options.warmUp);
  }

  private start(warmUp: boolean): Worker {
    this.ready = false;
    this.warm = false;
    const workerData: LintWorkerData = { replylintLintWorker: true, warmUp };
    // A heap limit of its own: a document that needs more memory than that stops this worker, not the server.
    const worker = new Worker(this.options.script, { workerData, resourceLimits: { maxOldGenerationSizeMb: 2048 }, stdout: false, stderr: false });
    worker.on('message', (response: LintResponse) => this.receive(worker, response));
    worker.on('error', (error) => this.fail(worker, error));
    worker.on('exit', (code) => this.fail(worker, new Error(`the lint worker stopped (exit code ${code})`)));
    worker.unref();
    return worker;
  }

  lint(key: string, text: string, options: LintOptions): Promise<Outcome<ReplyMessage[]>> {
    return this.enqueue({ id: this.nextId++, kind: 'lint', text, options }, key) as Promise<Outcome<ReplyMessage[]>>;
  }

  fixAll(text: string, options: LintOptions): Promise<Outcome<string>> {
    return this.enqueue({ id: this.nextId++, kind: 'fix', text, options }) as Promise<Outcome<string>>;
  }

  dispose(): void {
    this.disposed = true;
    for (const job of this.queue.splice(0)) job.resolve(undefined);
    if (this.running) {
      clearTimeout(this.running.timer);
      this.running.job.resolve(undefined);
      this.running = undefined;
    }
    void this.worker.terminate();
  }

  private enqueue(request: LintRequest, key?: string): Promise<Outcome<ReplyMessage[] | string>> {
    return new Promise((resolve, reject) => {
      if (this.disposed) return resolve(undefined);
      if (this.broken) return reject(this.broken);
      if (key !== undefined) {
        const older = this.queue.findIndex((job) => job.key === key);
        if (older !== -1) this.queue.splice(older, 1)[0]!.resolve(undefined);
      }
      this.queue.push({ request, ...(key !== undefined ? { key } : {}), resolve, reject });
      this.next();
    });
  }

  private next(): void {
    if (this.running || this.disposed || !this.ready) return;
    const job = this.queue.shift();
    if (!job) return;
    // A cold worker's first lint compiles the rules too (over a second on a busy machine): it gets three budgets.
    const timer = setTimeout(() => this.abandon(), this.warm ? this.options.budget : this.options.budget * 3);
    this.running = { job, timer };
    this.worker.postMessage(job.request);
  }

  private receive(worker: Worker, response: LintResponse): void {
    if (worker !== this.worker) return;
    if ('ready' in response) {
      this.ready = true;
      this.next();
      return;
    }
    if ('warmedUp' in response) {
      this.options.onWarmedUp?.(response.warmedUp, response.ms);
      return;
    }
    const running = this.running;
    if (!running || running.job.request.id !== response.id) return;
    clearTimeout(running.timer);
    this.running = undefined;
    this.failures = 0;
    this.warm = true;
    if ('error' in response) running.job.reject(new Error(response.error));
    else if ('messages' in response) running.job.resolve({ done: unpackMessages(response.messages), ...(response.summary ? { summary: response.summary } : {}) });
    else running.job.resolve({ done: response.fixed });
    this.next();
  }

  /** The running lint took too long: stop its worker, start another, go on with the queue. */
  private abandon(): void {
    const running = this.running;
    if (!running) return;
    this.running = undefined;
    this.replace();
    running.job.resolve({ tooLong: true });
    this.next();
  }

  /** The worker failed (out of memory, say): the running request fails with it, and a fresh worker takes the queue. */
  private fail(worker: Worker, error: Error): void {
    if (worker !== this.worker || this.disposed) return;
    this.options.log(`replylint: the lint worker failed: ${error.message}`);
    const running = this.running;
    this.running = undefined;
    if (running) clearTimeout(running.timer);
    running?.job.reject(error);
    if (++this.failures >= 3) {
      this.broken = new Error(`the lint worker failed ${this.failures} times in a row (last: ${error.message}); not restarted`);
      this.options.log(`replylint: ${this.broken.message}`);
      for (const job of this.queue.splice(0)) job.reject(this.broken);
      return;
    }
    this.replace();
    this.next();
  }

  private replace(): void {
    const old = this.worker;
    // The replacement does not warm up: the rules compiled once are compiled again by the next lints, and a
    // warm-up now would compete with them.
    this.worker = this.start(false);
    void old.terminate();
  }
}
