/**
 * The language server against hostile and unlucky input (issue #15), over
 * stdio with the real server binary.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { TestClient } from '../scripts/lsp-client.js';

let client: TestClient | undefined;
afterEach(async () => {
  await client?.shutdown();
  client = undefined;
});

const reply = 'Hi Sam,\n\nYou need to restart the router.\n\nBest,\nAna';

describe('the language server and a broken config', () => {
  it('shows a deeply nested config file as a diagnostic on that file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-lsp-robust-'));
    const configPath = join(dir, '.replylintrc.json');
    writeFileSync(configPath, `{"rules": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    client = new TestClient({ settings: { focusMode: 'off' }, rootUri: pathToFileURL(dir).href });
    await client.initialize();
    const configUri = pathToFileURL(configPath).href;
    const broken = client.diagnostics(configUri, (d) => d.length > 0);
    const uri = pathToFileURL(join(dir, 'reply.txt')).href;
    const linted = client.diagnostics(uri, (d) => d.length > 0);
    await client.open(uri, reply);
    expect((await broken)[0]!.message).toBe('.replylintrc.json: nested too deeply to read');
    // The reply is still checked, with the defaults.
    expect((await linted).map((d) => d.code)).toContain('no-negative-phrasing');
  });
});
