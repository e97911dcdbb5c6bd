import { defineConfig } from 'vitest/config';

/**
 * The tests a mutant is judged by (npm run test:mutation). They are the unit
 * and in-process end-to-end tests of npm run test:unit, less those that read
 * the sources as files or drive other programs and so cannot see a mutant:
 * the ReDoS check (it reads every regex literal from disk: in Stryker's
 * sandbox the sources hold every mutant at once), and those that only run
 * the built programs in dist/ (the language server over stdio, the CLI binary,
 * the soak test, the real clients), which hold none of the mutants. The server's
 * score counts only what its in-process tests reach.
 */
/**
 * MUTATION_TESTS=rules/src (folders or test files, comma-separated) judges
 * mutants by those tests only: quicker, and a lower bound on the score (a
 * mutant only another test kills counts as survived).
 */
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
      'test/cli.e2e.test.ts',
      'test/robustness.e2e.test.ts',
    ],
    // Coverage instrumentation and a busy machine slow the longest property tests past the usual 20 s.
    testTimeout: 180_000,
  },
});
