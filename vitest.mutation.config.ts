import { chmodSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/**
 * The tests a mutant is judged by (npm run test:mutation). They are the unit
 * and in-process end-to-end tests of npm run test:unit, less those that read
 * the sources as files or drive other programs and so cannot see a mutant:
 * the ReDoS check (it reads every regex literal from disk: in Stryker's
 * sandbox the sources hold every mutant at once), and those that only run
 * the built programs in dist/ (the language server over stdio, the CLI binary,
 * the release tarball and executable, the Action, the soak test, the real
 * clients), which hold none of the mutants. A mutant in code that runs when a
 * module loads (the rules' phrase tables) is judged by every test that is
 * left, so each such test left in costs its time once per mutant. The server's
 * score counts only what its in-process tests reach.
 */
/**
 * MUTATION_TESTS=rules/src (folders or test files, comma-separated) judges
 * mutants by those tests only: quicker, and a lower bound on the score (a
 * mutant only another test kills counts as survived).
 */
/**
 * Stryker's sandbox is made by mkdtemp, open to its owner only; the
 * unreadable-file test runs the built command as an unprivileged user (root
 * reads any file), who must be able to reach it there.
 */
const sandbox = /[\\/]\.stryker-tmp[^\\/]*[\\/]sandbox-[^\\/]+/u.exec(process.cwd());
if (sandbox && process.getuid?.() === 0) chmodSync(process.cwd().slice(0, sandbox.index + sandbox[0].length), 0o755);

const only = process.env.MUTATION_TESTS?.split(',').map((part) => part.trim().replace(/\/$/u, ''));

export default defineConfig({
  test: {
    include: only ? only.map((part) => (part.endsWith('.ts') ? part : `${part}/**/*.test.ts`)) : ['rules/src/**/*.test.ts', 'cli/src/**/*.test.ts', 'server/src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: [
      '**/node_modules/**',
      'test/clients/**',
      'test/redos.test.ts',
      'test/soak.e2e.test.ts',
      'test/lsp.e2e.test.ts',
      'test/lsp-robustness.e2e.test.ts',
      'test/lsp-editor.e2e.test.ts',
      'test/cli.e2e.test.ts',
      'test/robustness.e2e.test.ts',
      'test/action.e2e.test.ts',
      'test/release.e2e.test.ts',
      // These read the README and the test files, never run the sources.
      'test/claims.test.ts',
      'test/readme.test.ts',
    ],
    // Coverage instrumentation and a busy machine slow the longest property tests past the usual 20 s.
    testTimeout: 180_000,
  },
});
