/**
 * A linting worker: reads, lints (and with --fix, rewrites) the files it is
 * sent, and posts back plain results. The CLI starts one per core for large runs.
 */
// No regexp-tiering.js here: a worker inherits the main thread's V8 flags and must not change them.
import { parentPort } from 'node:worker_threads';
import { processFile, type FileJob } from './process-file.js';

parentPort?.on('message', (jobs: FileJob[]) => {
  parentPort!.postMessage(jobs.map((job) => processFile(job)));
});
