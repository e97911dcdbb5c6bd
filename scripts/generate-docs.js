#!/usr/bin/env node
// Regenerates the README's rules table from the registry. A test fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { withRulesTable } from './rules-table.js';

const path = new URL('../README.md', import.meta.url);
const before = readFileSync(path, 'utf8');
const after = withRulesTable(before);
if (after !== before) writeFileSync(path, after);
console.log(after === before ? 'README.md rules table is up to date' : 'README.md rules table regenerated');
