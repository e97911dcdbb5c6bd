#!/usr/bin/env node
// Regenerates what is derived from the rule registry: the README's rules table,
// the VS Code extension's settings, the config's JSON schema and its validator
// compiled ahead of time. A test fails when any is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { withRulesTable } from './rules-table.js';
import { withConfiguration } from './vscode-settings.js';
import { validatorSource } from './config-validator.js';

function update(relative, transform) {
  const path = new URL(`../${relative}`, import.meta.url);
  const before = (() => { try { return readFileSync(path, 'utf8'); } catch { return ''; } })();
  const after = transform(before);
  if (after !== before) writeFileSync(path, after);
  console.log(`${relative}: ${after === before ? 'up to date' : 'regenerated'}`);
}

update('README.md', withRulesTable);
update('client/package.json', (text) => `${JSON.stringify(withConfiguration(JSON.parse(text)), null, 2)}\n`);

// The config file's JSON schema, for editors (see "$schema" in a .replylintrc.json).
const { configSchema } = await import('../cli/dist/config-schema.js');
update('schema/replylint.schema.json', () => `${JSON.stringify(configSchema(), null, 2)}\n`);
update('cli/src/config-validate.generated.ts', () => validatorSource(configSchema()));
