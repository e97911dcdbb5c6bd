/**
 * The single-file executable's entry point, built into a V8 start-up snapshot
 * (`useSnapshot` in the executable's configuration, see scripts/release.mjs).
 * This module runs once, on the build machine: it loads the CLI and the core,
 * so their modules are evaluated and their phrase tables made in the heap the
 * snapshot keeps (all but the parsers a plain-text reply does not need, which
 * the build leaves to be loaded on first use: scripts/release.mjs). Each run
 * of the executable starts from that heap and only calls the function below,
 * which is why one file lints in little more than Node's own start-up.
 *
 * What runs here must not depend on the machine it runs on: nothing reads the
 * environment, the working folder or the terminal until `main()` is called,
 * and no native object (a decoder, a worker) is made at module load, since a
 * snapshot cannot hold one; node:worker_threads is not even loaded (pool.ts).
 */
import { setFlagsFromString, startupSnapshot } from 'node:v8';
import { getAsset } from 'node:sea';
import { useWorker, workerThreads } from './pool.js';
import { main } from './main.js';

startupSnapshot.setDeserializeMainFunction(() => {
  // V8 flags are not part of the snapshot: set again what regexp-tiering.ts sets for the other entry points.
  setFlagsFromString('--no-regexp-tier-up');
  useWorker(() => new (workerThreads().Worker)(getAsset('worker.cjs', 'utf8'), { eval: true }));
  void main();
});
