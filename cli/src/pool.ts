import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { processFile, type FileDone, type FileJob } from './process-file.js';

/**
 * Starts a linting worker. By default the compiled worker.js beside this file;
 * a bundle (the release CLI, the single-file executable) sets its own with
 * `useWorker`, since it has no such file. `undefined` from the starter means
 * no worker can be started here: lint in this thread.
 */
type WorkerStarter = () => Worker | undefined;
let startWorker: WorkerStarter = () => {
  const url = new URL('./worker.js', import.meta.url);
  // Run from TypeScript sources (as in tests) there is no compiled worker.
  return existsSync(fileURLToPath(url)) ? new (workerThreads().Worker)(url) : undefined;
};
/**
 * node:worker_threads, loaded when the first worker starts rather than with this
 * module: the single-file executable's start-up snapshot (sea-snapshot.ts) must
 * not hold it, since the shared counter its workers read the working folder
 * through does not survive a snapshot (every worker then fails in process.cwd).
 */
export const workerThreads = (): typeof import('node:worker_threads') => process.getBuiltinModule('node:worker_threads');
export function useWorker(starter: WorkerStarter): void {
  startWorker = starter;
}

/** Below this many files, starting workers costs more than it saves. */
const parallelThreshold = 300;
const batchSize = 64;

/** The most threads a run uses: linting is CPU-bound, so threads beyond the cores only add memory (each holds its own copy of the rules). */
export const maxThreads = (): number => Math.max(1, availableParallelism());

/** How many worker threads lint `jobs` files: as asked (default: one per core), at most one per core and one per batch of files. */
export function threadsFor(jobs: number, requested = availableParallelism()): number {
  return Math.max(1, Math.min(requested, maxThreads(), Math.ceil(jobs / batchSize)));
}

/**
 * Runs the jobs on every core (one worker thread per core), in batches, and
 * returns the outcomes in the jobs' order. `onProgress` is told after each batch.
 */
export async function processAll(jobs: readonly FileJob[], onProgress?: (done: number, total: number) => void, concurrency?: number): Promise<FileDone[]> {
  const threads = threadsFor(jobs.length, concurrency);
  const first = jobs.length < parallelThreshold || threads < 2 ? undefined : startWorker();
  if (!first) {
    const out: FileDone[] = [];
    for (const job of jobs) {
      out.push(processFile(job));
      if (out.length % batchSize === 0) onProgress?.(out.length, jobs.length);
    }
    onProgress?.(jobs.length, jobs.length);
    return out;
  }
  const results = new Array<FileDone>(jobs.length);
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: threads }, (_, i) => {
      const worker = i === 0 ? first : startWorker()!;
      return new Promise<void>((resolve, reject) => {
        let from = 0;
        const send = (): void => {
          if (next >= jobs.length) {
            void worker.terminate().then(() => resolve());
            return;
          }
          from = next;
          next = Math.min(jobs.length, next + batchSize);
          worker.postMessage(jobs.slice(from, next));
        };
        worker.on('message', (batch: FileDone[]) => {
          batch.forEach((outcome, i) => (results[from + i] = outcome));
          done += batch.length;
          onProgress?.(done, jobs.length);
          send();
        });
        worker.on('error', reject);
        send();
      });
    }),
  );
  return results;
}
