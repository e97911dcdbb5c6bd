import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['rules/src/**/*.test.ts', 'cli/src/**/*.test.ts', 'server/src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
