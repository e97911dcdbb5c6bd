import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script shared with `npm run docs:generate`.
import { withRulesTable } from '../scripts/rules-table.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('has the rules table generated from the registry (run npm run docs:generate)', () => {
    expect(withRulesTable(readme)).toBe(readme);
  });

  it('opens with the two set-up commands, and CI runs the test one', () => {
    const commands = [...readme.matchAll(/^```sh\n([^\n]+)\n```$/gmu)].slice(0, 2).map((m) => m[1]);
    expect(commands).toEqual(['npm ci && npm run examples', 'npm ci && npm test']);
    expect(readFileSync(new URL('../.ci/run', import.meta.url), 'utf8')).toContain('npm ci && npm test');
  });
});

describe('VS Code extension manifest', () => {
  it('has the settings generated from the registry (run npm run docs:generate)', async () => {
    // @ts-expect-error: a plain ESM script shared with `npm run docs:generate`.
    const { withConfiguration } = await import('../scripts/vscode-settings.js');
    const text = readFileSync(new URL('../client/package.json', import.meta.url), 'utf8');
    expect(`${JSON.stringify(withConfiguration(JSON.parse(text)), null, 2)}\n`).toBe(text);
  });
});

describe('config validator compiled ahead of time', () => {
  it('is the one generated from the schema (run npm run docs:generate)', async () => {
    const { configSchema } = await import('../cli/src/config-schema.js');
    // @ts-expect-error: a plain ESM script shared with `npm run docs:generate`.
    const { validatorSource } = await import('../scripts/config-validator.js');
    const text = readFileSync(new URL('../cli/src/config-validate.generated.ts', import.meta.url), 'utf8');
    expect(validatorSource(configSchema())).toBe(text);
  });
});

describe('pre-commit hooks (.pre-commit-hooks.yaml)', () => {
  it('replylint-fix takes the same reply files as replylint: --fix writes JSON, YAML and CSV exports back too', async () => {
    const { parse } = await import('yaml');
    const hooks = parse(readFileSync(new URL('../.pre-commit-hooks.yaml', import.meta.url), 'utf8')) as Array<{ id: string; files: string; exclude: string }>;
    const [lint, fix] = ['replylint', 'replylint-fix'].map((id) => hooks.find((h) => h.id === id)!);
    expect(fix!.files).toBe(lint!.files);
    expect(fix!.exclude).toBe(lint!.exclude);
    for (const file of ['macros.yaml', 'export.csv', 'macros.json', 'reply.txt']) expect(new RegExp(fix!.files).test(file), file).toBe(true);
  });
});
