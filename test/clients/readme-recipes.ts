/** Helpers for the real-client tests that set a client up exactly as the README says. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A code block of the README, word for word, by the heading above it. */
export function readmeBlock(heading: string, language: string): string {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.split(`\n${heading}\n`)[1];
  if (section === undefined) throw new Error(`README has no "${heading}"`);
  const block = section.split(`\`\`\`${language}\n`)[1]?.split('\n```')[0];
  if (block === undefined) throw new Error(`README's "${heading}" has no ${language} block`);
  return block;
}

/**
 * A folder with `replylint-language-server` on it, put there by the README's own command (`npm install -g ./server`,
 * run from the checkout after the set-up every test has done), into a global prefix of its own rather than the
 * machine's: the folder is that prefix's `bin`.
 */
export function serverOnPath(): string {
  const block = readmeBlock('`replylint-language-server` is the `bin` of the `server/` workspace. The', 'sh').trim();
  const install = block.split('&&').at(-1)!.trim();
  if (install !== 'npm install -g ./server') throw new Error(`README's install of the language server is now ${JSON.stringify(block)}`);
  const prefix = mkdtempSync(join(tmpdir(), 'replylint-global-'));
  const [command, ...args] = install.split(/\s+/u);
  execFileSync(command!, args, { cwd: root, env: { ...process.env, npm_config_prefix: prefix }, stdio: ['ignore', 'ignore', 'inherit'] });
  const bin = join(prefix, 'bin');
  if (!existsSync(join(bin, 'replylint-language-server'))) throw new Error(`${install} left no replylint-language-server in ${bin}`);
  return bin;
}
