/**
 * The language server against hostile and unlucky input (issue #15), over
 * stdio with the real server binary.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import rpc from 'vscode-languageserver-protocol/node.js';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { TestClient, applyTextEdits } from '../scripts/lsp-client.js';

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

describe('settings out of range', () => {
  it('a focus delay longer than a timer can hold means "until the writer edits elsewhere", not a republish every millisecond', async () => {
    client = new TestClient({ settings: { focusMode: 'on', focusDelay: 1e12 } });
    await client.initialize();
    const uri = 'file:///replies/focus.txt';
    const opened = client.diagnostics(uri);
    await client.open(uri, 'Hi Sam,\n\nThanks for writing. \n\nBest,\nAna');
    await opened;
    const typed = client.diagnostics(uri, () => true);
    await client.change(uri, 2, [{ range: { start: { line: 2, character: 20 }, end: { line: 2, character: 20 } }, text: 'You need to restart' }]);
    expect((await typed).map((d) => d.code)).not.toContain('no-negative-phrasing');
    const before = client.published.get(uri)!;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(client.published.get(uri)! - before).toBe(0);
  });
});

describe('file URIs with a host', () => {
  it('get diagnostics, and fix-all works on them', async () => {
    client = new TestClient({ settings: { focusMode: 'off' } });
    await client.initialize();
    const uri = 'file://fileserver/share/replies/late.txt';
    const ready = client.diagnostics(uri, (d) => d.length > 0);
    await client.open(uri, reply);
    expect((await ready).map((d) => d.code)).toContain('no-negative-phrasing');
    const actions = (await client.connection.sendRequest(rpc.CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    expect(applyTextEdits(reply, actions[0]!.edit!.changes![uri]!)).toContain('Please restart the router.');
  });
});
