/**
 * The entry point of the npm tarball's bundled CLI (`dist/replylint.cjs`,
 * built by `npm run release`; the single-file executable has its own,
 * sea-snapshot.ts). A bundle has no compiled worker.js beside pool.ts, so it
 * says where its worker is: the `worker.cjs` built beside it.
 */
import './regexp-tiering.js';
import { join } from 'node:path';
import { useWorker, workerThreads } from './pool.js';
import { main } from './main.js';

useWorker(() => new (workerThreads().Worker)(join(__dirname, 'worker.cjs')));
void main();
