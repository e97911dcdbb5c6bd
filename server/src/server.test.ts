/**
 * The language server started in this process, over in-memory streams, with
 * the same LSP client the end-to-end tests use over stdio. The end-to-end
 * tests run the built server; these run its sources (so a mutation run sees
 * them), linting in this thread as a server without a lint worker does.
 */
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import lsp from 'vscode-languageserver/node.js';
import rpc from 'vscode-languageserver-protocol/node.js';
import { lint } from '@replylint/rules';
import { TestClient, applyTextEdits } from '../../scripts/lsp-client.js';
import { hoverMarkdown } from './hover.js';
import { startServer } from './server.js';

const clients: TestClient[] = [];

async function inProcess(settings: Record<string, unknown> = {}): Promise<TestClient> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const connection = lsp.createConnection(lsp.ProposedFeatures.all, new lsp.StreamMessageReader(toServer), new lsp.StreamMessageWriter(toClient));
  startServer(connection, { warmUp: false });
  const client = new TestClient({ settings, streams: { input: toClient, output: toServer } });
  clients.push(client);
  await client.initialize();
  return client;
}

afterEach(async () => {
  for (const client of clients.splice(0)) await client.shutdown();
});

const reply = 'Hi Sam,\n\nThanks for the details.\n\nYou need to restart the router.\n\nLet me know if that helps.\n\nBest,\nAna\n';
/** The line of "You need to". */
const line = 4;
const uri = 'file:///replies/reply.txt';

describe('the language server, in process', () => {
  it('publishes the core\'s report where it stands, with its rule, source and documentation link', async () => {
    const client = await inProcess();
    const published = client.diagnostics(uri, (d) => d.length > 0);
    await client.open(uri, reply);
    const diagnostics = await published;
    const [message] = lint(reply, { filePath: '/replies/reply.txt' }).filter((m) => m.ruleId === 'no-negative-phrasing');
    const diagnostic = diagnostics.find((d) => (d.code as unknown) === 'no-negative-phrasing' || (d.code as { value?: string })?.value === 'no-negative-phrasing')!;
    expect(diagnostic).toBeDefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostic.range).toEqual({ start: { line, character: 0 }, end: { line, character: 'You need to'.length } });
    expect(diagnostic.source).toBe('replylint');
    expect(diagnostic.message).toContain(message!.reason);
    expect(diagnostic.codeDescription?.href).toBe(message!.url);
  });

  it('answers a hover with the hover of that report, and nothing beside the reports', async () => {
    const client = await inProcess();
    const published = client.diagnostics(uri, (d) => d.length > 0);
    await client.open(uri, reply);
    await published;
    const hover = await client.connection.sendRequest(rpc.HoverRequest.type, { textDocument: { uri }, position: { line, character: 3 } });
    const [message] = lint(reply, { filePath: '/replies/reply.txt' }).filter((m) => m.ruleId === 'no-negative-phrasing');
    expect(hover?.contents).toEqual({ kind: 'markdown', value: hoverMarkdown(message!) });
    const none = await client.connection.sendRequest(rpc.HoverRequest.type, { textDocument: { uri }, position: { line: line + 2, character: 3 } });
    expect(none).toBeNull();
  });

  it('offers the rewrites as quick fixes that change only the flagged words', async () => {
    const client = await inProcess();
    const published = client.diagnostics(uri, (d) => d.length > 0);
    await client.open(uri, reply);
    const diagnostics = await published;
    const range = { start: { line, character: 0 }, end: { line, character: 11 } };
    const actions = (await client.connection.sendRequest(rpc.CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, only: ['quickfix'] } })) as lsp.CodeAction[];
    const fixes = actions.filter((a) => a.edit?.changes?.[uri]);
    const results = fixes.map((a) => applyTextEdits(reply, a.edit!.changes![uri]!));
    expect(results).toContain(reply.replace('You need to', 'Please'));
    expect(results).toContain(reply.replace('You need to', "Let's"));
    // Every other line as it was.
    const others = (text: string): string[] => text.split('\n').filter((_, i) => i !== line);
    for (const result of results) expect(others(result)).toEqual(others(reply));
  });

  it('clears the reports of a document once it is closed', async () => {
    const client = await inProcess();
    const published = client.diagnostics(uri, (d) => d.length > 0);
    await client.open(uri, reply);
    await published;
    const cleared = client.diagnostics(uri, (d) => d.length === 0);
    await client.close(uri);
    expect(await cleared).toEqual([]);
  });
});
