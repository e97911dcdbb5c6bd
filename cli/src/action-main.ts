/** The Action's entry point, bundled to action/dist/index.cjs by `npm run release`. */
import './regexp-tiering.js';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { useWorker } from './pool.js';
import { action } from './action.js';

// The worker built beside this bundle, for runs of 300 files or more.
useWorker(() => new Worker(join(__dirname, 'worker.cjs')));

action().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`replylint: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
