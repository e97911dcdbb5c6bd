/**
 * The entry point of the bundled CLI (`npm run release`): the npm tarball's
 * `dist/replylint.cjs` and the single-file executable. A bundle has no
 * compiled worker.js beside pool.ts, so it says where its worker is: the
 * `worker.cjs` built beside it, or, inside the single-file executable, the same
 * code stored as an asset and run from memory.
 */
import './regexp-tiering.js';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { getAsset, isSea } from 'node:sea';
import { useWorker } from './pool.js';
import { main } from './main.js';

useWorker(() => (isSea() ? new Worker(getAsset('worker.cjs', 'utf8'), { eval: true }) : new Worker(join(__dirname, 'worker.cjs'))));
void main();
