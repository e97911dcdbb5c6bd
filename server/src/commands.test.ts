/**
 * The commands the server's code actions carry are the ones the VS Code client answers: a code action whose command
 * no client knows does nothing when chosen.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFixAllCommand, openDocsCommand } from './code-actions.js';

const client = readFileSync(new URL('../../client/src/extension.ts', import.meta.url), 'utf8');

describe('code action commands', () => {
  it('sends "open the rule documentation" under the id the client handles', () => {
    const handled = /const openDocsCommand = '([^']+)'/u.exec(client)?.[1];
    expect(handled).toBeDefined();
    expect(openDocsCommand).toBe(handled);
    expect(openDocsCommand).toMatch(/^replylint\.\w+$/u);
  });

  it('runs "fix all in this reply" under the id the client sends', () => {
    expect(applyFixAllCommand).toMatch(/^replylint\.\w+$/u);
    expect(client).toContain(`command: '${applyFixAllCommand}',`);
  });
});
