/**
 * A linting worker: reads, lints (and with --fix, rewrites) the files it is
 * sent, and posts back plain results. The CLI starts one per core for large runs.
 */
import './regexp-tiering.js';
import { parentPort } from 'node:worker_threads';
import { processFile, type FileJob } from './process-file.js';

parentPort?.on('message', (jobs: FileJob[]) => {
  parentPort!.postMessage(jobs.map((job) => processFile(job)));
});
