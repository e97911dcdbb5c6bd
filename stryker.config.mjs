// @ts-check
/**
 * Mutation testing (npm run test:mutation; not part of npm test, it is slow).
 * Every source file of the core, the CLI and the server is mutated; nothing is
 * left out to raise the score. The HTML report is written to
 * reports/mutation/index.html, with a score per folder.
 *
 * Scope a run while working on one file:
 *   npm run test:mutation -- --mutate rules/src/score.ts
 * STRYKER_CONCURRENCY sets the number of test processes (default 2), and
 * MUTATION_TESTS=rules/src (folders or test files, comma-separated) limits
 * the tests (see vitest.mutation.config.ts): a quicker run whose score is a
 * lower bound.
 */
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  packageManager: 'npm',
  // The config validator is Ajv's output, generated from the schema (scripts/config-validator.js), not code written
  // here: a test checks it is the generator's output, and the schema it comes from is mutated in config-schema.ts.
  mutate: ['rules/src/**/*.ts', 'cli/src/**/*.ts', 'server/src/**/*.ts', '!**/*.test.ts', '!**/*.d.ts', '!cli/src/config-validate.generated.ts'],
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
  reporters: ['html', 'clear-text', 'progress', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  timeoutMS: 20_000,
  // The first run of every test, with coverage, takes minutes on a busy machine.
  dryRunTimeoutMinutes: 40,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  // The bundled sources of the extension are outputs, not inputs. The built packages are copied although git
  // ignores them: a test that must run the built command (as an unprivileged user, to be denied a file) needs them;
  // they hold no mutant, so such a test judges none.
  ignorePatterns: ['client/dist', 'client/docs', 'test-artifacts', 'reports', '*.vsix', '!rules/dist', '!cli/dist', '!server/dist'],
};
export default config;
