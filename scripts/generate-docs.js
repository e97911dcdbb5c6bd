#!/usr/bin/env node
// Regenerates what is derived from the rule registry: the README's rules table
// and the VS Code extension's settings. A test fails when either is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { withRulesTable } from './rules-table.js';
import { withConfiguration } from './vscode-settings.js';

function update(relative, transform) {
  const path = new URL(`../${relative}`, import.meta.url);
  const before = readFileSync(path, 'utf8');
  const after = transform(before);
  if (after !== before) writeFileSync(path, after);
  console.log(`${relative}: ${after === before ? 'up to date' : 'regenerated'}`);
}

update('README.md', withRulesTable);
update('client/package.json', (text) => `${JSON.stringify(withConfiguration(JSON.parse(text)), null, 2)}\n`);
