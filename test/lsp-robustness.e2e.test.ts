/**
 * The language server against hostile and unlucky input (issue #15), over
 * stdio with the real server binary.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import rpc from 'vscode-languageserver-protocol/node.js';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { TestClient, applyTextEdits, serverBin } from '../scripts/lsp-client.js';

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

describe('the wire', () => {
  /** The server with raw pipes, for bytes no client would send. */
  function rawServer(): { child: ChildProcessWithoutNullStreams; output: () => string; stderr: () => string; exited: Promise<number | null> } {
    const child = spawn(process.execPath, [serverBin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.on('error', () => {
      // The server may be gone before the last bytes are written.
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    return { child, output: () => output, stderr: () => stderr, exited };
  }
  const frame = (message: object): string => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
  };
  const initialize = frame({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });

  it.each([
    ['a header without Content-Length', `Content-Type: application/vscode-jsonrpc\r\n\r\n{}`],
    ['garbage between frames', `garbage\r\n${frame({ id: 2, method: 'shutdown' })}`],
    ['a Content-Length too short for its body', `Content-Length: 5\r\n\r\n${JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'shutdown' })}`],
    ['a Content-Length longer than its body', 'Content-Length: 500\r\n\r\n{"jsonrpc":"2.0","id":2,"method":"shutdown"}'],
  ])('after %s the server exits with the reason on standard error', async (_name, bad) => {
    const server = rawServer();
    server.child.stdin.write(initialize);
    await vi.waitFor(() => expect(server.output()).toContain('"id":1'), { timeout: 10_000 });
    server.child.stdin.write(bad);
    const code = await Promise.race([server.exited, new Promise((resolve) => setTimeout(() => resolve('still running'), 25_000))]);
    server.child.kill();
    expect(code).toBe(1);
    expect(server.stderr()).toMatch(/^replylint-language-server: (?:cannot read the client's messages any more \(.+\)|a message's body stopped arriving \d+ ms ago \(a wrong Content-Length\?\)); exiting so the client can restart the server\n$/u);
  }, 40_000);

  it('answers a request before initialize with ServerNotInitialized (-32002), and serves after initialize', async () => {
    const server = rawServer();
    server.child.stdin.write(frame({ id: 7, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///a.txt' }, position: { line: 0, character: 0 } } }));
    server.child.stdin.write(frame({ id: 8, method: 'shutdown' }));
    server.child.stdin.write(initialize);
    await vi.waitFor(() => expect(server.output()).toContain('"id":1'), { timeout: 10_000 });
    const responses = server
      .output()
      .split(/Content-Length: \d+\r\n\r\n/u)
      .filter(Boolean)
      .map((body) => JSON.parse(body) as { id?: number; error?: { code: number } });
    expect(responses.find((r) => r.id === 7)?.error?.code).toBe(-32002);
    expect(responses.find((r) => r.id === 8)?.error?.code).toBe(-32002);
    server.child.kill();
  });
});

describe('a document too long to check', () => {
  it('is abandoned past the time budget, with one diagnostic saying so, while the server keeps answering', async () => {
    client = new TestClient({ settings: { focusMode: 'off' } });
    await client.initialize();
    const small = 'file:///replies/small.txt';
    const linted = client.diagnostics(small, (d) => d.length > 0);
    await client.open(small, reply);
    await linted;

    // 9 MiB of sentences: longer to check than any budget, with or without a pathological phrase in it.
    const sentences = ['Thanks for writing to us about the order.', 'You need to restart the router, then check the cable, and then open the app.', 'Your parcel will arrive tomorrow.', 'Just click the button.'];
    const huge = `Hi Sam,\n\n${Array.from({ length: 160_000 }, (_, i) => sentences[i % sentences.length]).join(' ')}\n\nBest,\nAna`;
    const big = 'file:///replies/huge.txt';
    const abandoned = client.diagnostics(big, (d) => d.length > 0, 60_000);
    await client.open(big, huge);
    // While the huge document is being checked, the server answers: a hover on the small one.
    const hover = (await client.connection.sendRequest(rpc.HoverRequest.type, { textDocument: { uri: small }, position: { line: 2, character: 2 } })) as { contents: { value: string } } | null;
    expect(hover?.contents.value).toContain('no-negative-phrasing');
    expect(client.latest.has(big)).toBe(false);

    const [diagnostic, ...rest] = await abandoned;
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, source: 'replylint' });
    expect(diagnostic!.message).toMatch(/^replylint did not check this document: checking it took longer than 1\.5 s, so it was stopped\./u);

    // And it goes on checking: an edit to the small reply is diagnosed.
    const again = client.diagnostics(small, (_d, params) => params.version === 2);
    await client.change(small, 2, [{ text: `${reply}\n\nYour parcel will arrive tomorrow.` }]);
    expect((await again).map((d) => d.code)).toContain('no-overpromise');
  }, 90_000);
});
