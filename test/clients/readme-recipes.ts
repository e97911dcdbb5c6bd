/** Helpers for the real-client tests that set a client up exactly as the README says. */
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverBin } from '../../scripts/lsp-client.js';

/** A code block of the README, word for word, by the heading above it. */
export function readmeBlock(heading: string, language: string): string {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.split(`\n${heading}\n`)[1];
  if (section === undefined) throw new Error(`README has no "${heading}"`);
  const block = section.split(`\`\`\`${language}\n`)[1]?.split('\n```')[0];
  if (block === undefined) throw new Error(`README's "${heading}" has no ${language} block`);
  return block;
}

/** A folder with `replylint-language-server` on it, as `npm install -g` would leave it. */
export function serverOnPath(): string {
  const bin = mkdtempSync(join(tmpdir(), 'replylint-bin-'));
  const shim = join(bin, 'replylint-language-server');
  writeFileSync(shim, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(serverBin)} "$@"\n`);
  chmodSync(shim, 0o755);
  return bin;
}

