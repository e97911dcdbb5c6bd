/**
 * The config schema and what is generated from it (npm run docs:generate): the
 * JSON schema shipped for editors and the validator compiled ahead of time.
 * These run configSchema() from the sources, so they sit here, with the CLI's
 * tests, where a mutation run judges config-schema.ts by them (test/readme.test.ts,
 * where they were, is left out of mutation runs: it reads files only).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('config validator compiled ahead of time', () => {
  it('is the one generated from the schema (run npm run docs:generate)', async () => {
    const { configSchema } = await import('./config-schema.js');
    // @ts-expect-error: a plain ESM script shared with `npm run docs:generate`.
    const { validatorSource } = await import('../../scripts/config-validator.js');
    const text = readFileSync(new URL('./config-validate.generated.ts', import.meta.url), 'utf8');
    expect(validatorSource(configSchema())).toBe(text);
  });
});

describe('config JSON schema', () => {
  it('is the one generated from the registry (run npm run docs:generate)', async () => {
    const { configSchema } = await import('./config-schema.js');
    const text = readFileSync(new URL('../../schema/replylint.schema.json', import.meta.url), 'utf8');
    expect(`${JSON.stringify(configSchema(), null, 2)}\n`).toBe(text);
  });
});
