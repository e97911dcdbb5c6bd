/**
 * The entry point of the npm tarball's bundled CLI (`dist/replylint.cjs`,
 * built by `npm run release`; the single-file executable has its own,
 * sea-snapshot.ts). A bundle has no compiled worker.js beside pool.ts, so it
 * says where its worker is: the `worker.cjs` built beside it.
 */
// No regexp-tiering.js: bin/replylint.cjs, the only way the bundle runs, sets the flag before it compiles the bundle
// (V8 rejects a code cache made under other flags), and asking node:worker_threads whether this is the main thread
// would cost a one-file lint the 3 ms of loading it.
import { join } from 'node:path';
import { useWorker, workerThreads } from './pool.js';
import { main } from './main.js';

useWorker(() => new (workerThreads().Worker)(join(__dirname, 'worker.cjs')));
void main();
