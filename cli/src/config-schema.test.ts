/**
 * The config schema is the JSON schema shipped for editors (npm run
 * docs:generate writes it). This runs configSchema() from the sources, so it
 * sits here, with the CLI's tests, where a mutation run judges config-schema.ts
 * by it (test/readme.test.ts, where it was, is left out of mutation runs). The
 * check of the validator compiled ahead of time stays there: Stryker's sandbox
 * puts a "// @ts-nocheck" line atop every .ts file, the generated one too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('config JSON schema', () => {
  it('is the one generated from the registry (run npm run docs:generate)', async () => {
    const { configSchema } = await import('./config-schema.js');
    const text = readFileSync(new URL('../../schema/replylint.schema.json', import.meta.url), 'utf8');
    expect(`${JSON.stringify(configSchema(), null, 2)}\n`).toBe(text);
  });
});
