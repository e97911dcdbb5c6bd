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
import { exampleTexts, withoutParagraphCache } from '@replylint/rules';
import { lintText, type FileResult } from './lint-files.js';
import { formatStylish } from './formatters/stylish.js';

/**
 * Lints the rules' own examples (both languages) once, here, as the CLI lints a file (lint, checklist and score, and
 * the default report), so that the functions a run calls are compiled before the heap is kept: V8 keeps their bytecode in the snapshot, and a run
 * does not compile them again (a one-file lint spent about as long compiling them as running them). Nothing of the
 * replies is kept: the paragraph cache is bypassed. Only short replies: the Arabic reader decodes a long text with a
 * TextDecoder, a native object, which a snapshot cannot hold.
 *
 * What V8 cannot keep is the machine code of a regular expression (the snapshot builder stops on it). The release
 * build notes every pattern made while the snapshot is built (scripts/release.mjs); after the lints each is reset to
 * its uncompiled state, so a run compiles its patterns afresh, under the flags it sets, as it would without the
 * warm-up. Without that list (this module bundled some other way) there is no warm-up.
 */
function warmUp(): void {
  const resetPatterns = (globalThis as Record<symbol, (() => void) | undefined>)[Symbol.for('replylint.snapshot.patterns')];
  if (!resetPatterns) return;
  try {
    withoutParagraphCache(() => {
      const results: FileResult[] = [];
      for (const text of exampleTexts()) if (text.length < 400) results.push(lintText('reply.txt', `Hi Sam,\n\n${text}\n\nBest,\nAna`, {}));
      formatStylish(results, { color: false });
    });
  } finally {
    resetPatterns();
  }
}

warmUp();

startupSnapshot.setDeserializeMainFunction(() => {
  // V8 flags are not part of the snapshot: set again what regexp-tiering.ts sets for the other entry points.
  setFlagsFromString('--no-regexp-tier-up');
  useWorker(() => new (workerThreads().Worker)(getAsset('worker.cjs', 'utf8'), { eval: true }));
  void main();
});
