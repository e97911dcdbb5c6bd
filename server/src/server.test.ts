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

/** A server and its client; `autoSave` is the editor's files.autoSave, as VS Code answers it ('off' by default). */
async function inProcess(settings: Record<string, unknown> = {}, autoSave = 'off'): Promise<TestClient> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const connection = lsp.createConnection(lsp.ProposedFeatures.all, new lsp.StreamMessageReader(toServer), new lsp.StreamMessageWriter(toClient));
  startServer(connection, { warmUp: false });
  const client = new TestClient({ settings, streams: { input: toClient, output: toServer } });
  client.connection.onRequest(rpc.ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'files.autoSave' ? autoSave : settings)));
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

  it('names a rewrite that adds paragraphs on one line, its line breaks shown as ⏎', async () => {
    const client = await inProcess();
    const published = client.diagnostics(uri, (d) => d.length > 0);
    const ending = 'Hi Sam,\n\nThanks for the details. I have reset the router.\n\nBest,\nAna\n';
    await client.open(uri, ending);
    const diagnostics = await published;
    const closing = diagnostics.filter((d) => JSON.stringify(d.code).includes('require-closing-invitation'));
    expect(closing).toHaveLength(1);
    const actions = (await client.connection.sendRequest(rpc.CodeActionRequest.type, { textDocument: { uri }, range: closing[0]!.range, context: { diagnostics: closing, only: ['quickfix'] } })) as lsp.CodeAction[];
    expect(actions.map((a) => a.title)).toContain('Add "⏎ Please reach out if anything else comes up."');
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

  it('offers "fix all" among the quick fixes only when the reply has a safe fix to apply', async () => {
    const client = await inProcess();
    const quickFixTitles = async (text: string, at: number): Promise<string[]> => {
      const published = client.diagnostics(uri, (d) => d.length > 0);
      await client.open(uri, text);
      const diagnostics = await published;
      const range = { start: { line: at, character: 0 }, end: { line: at, character: 60 } };
      const actions = (await client.connection.sendRequest(rpc.CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, only: ['quickfix'] } })) as lsp.CodeAction[];
      await client.close(uri);
      return actions.map((a) => a.title);
    };
    // "will definitely arrive" after "Rest assured" has no rewrite ("should" would contradict it): nothing a fix-all could do.
    const promise = 'Hi Sam,\n\nThanks for the details. Rest assured, your package will definitely arrive tomorrow.\n\nLet me know if that helps.\n\nBest,\nAna\n';
    const titles = await quickFixTitles(promise, 2);
    expect(titles.some((title) => title.startsWith('Dismiss'))).toBe(true);
    expect(titles).not.toContain('Fix all safe rewrites in this reply');
    expect(await quickFixTitles(reply, line)).toContain('Fix all safe rewrites in this reply');
  });

  it("lists a phrase's rewrites before those of a whole-reply report on the same words, whatever order the client sends", async () => {
    const client = await inProcess();
    const text = 'Hi Sam,\n\nYou need to restart the router before 5pm.\n\nLet me know if that helps.\n\nBest,\nAna\n';
    const published = client.diagnostics(uri, (d) => d.some((x) => x.code === 'require-thanks') && d.some((x) => x.code === 'no-negative-phrasing'));
    await client.open(uri, text);
    const diagnostics = (await published).filter((d) => d.code === 'require-thanks' || d.code === 'no-negative-phrasing');
    for (const order of [diagnostics, [...diagnostics].reverse()]) {
      const range = { start: { line: 2, character: 0 }, end: { line: 2, character: 11 } };
      const actions = (await client.connection.sendRequest(rpc.CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: order, only: ['quickfix'] } })) as lsp.CodeAction[];
      expect(actions[0]!.title).toBe('Replace with "Please"');
      expect(actions.some((a) => a.title.startsWith('Replace with "Thank you'))).toBe(true);
    }
  });

  it('applies a changed setting to the open replies at once, with no edit to them', async () => {
    const settings: Record<string, unknown> = {};
    const client = await inProcess(settings);
    const first = client.diagnostics(uri, (d) => d.length > 0);
    await client.open(uri, reply);
    expect((await first).map((d) => d.code)).toContain('no-negative-phrasing');
    // The editor's settings change (the client then asks for them again), and the text stays as it was.
    settings.rules = { 'no-negative-phrasing': 'off' };
    const relinted = client.diagnostics(uri, (d) => !d.some((x) => x.code === 'no-negative-phrasing'));
    await client.connection.sendNotification(rpc.DidChangeConfigurationNotification.type, { settings: null });
    expect((await relinted).map((d) => d.code)).not.toContain('no-negative-phrasing');
    settings.enable = false;
    const cleared = client.diagnostics(uri, (d) => d.length === 0);
    await client.connection.sendNotification(rpc.DidChangeConfigurationNotification.type, { settings: null });
    expect(await cleared).toEqual([]);
  });

  describe('a draft being written', () => {
    const draftUri = 'file:///replies/draft.txt';
    const opened = 'Hi Sam,\n\nYou need to restart the router';
    const typed = `${opened} and`;
    const ids = (d: lsp.Diagnostic[]): string[] => d.map((x) => (typeof x.code === 'object' ? (x.code as { value: string }).value : String(x.code))).sort();
    const holds = (d: lsp.Diagnostic[]): boolean => ids(d).includes('no-negative-phrasing') && !ids(d).includes('require-closing-invitation');
    const shows = (d: lsp.Diagnostic[]): boolean => ids(d).includes('require-closing-invitation');

    async function typing(client: TestClient): Promise<void> {
      const first = client.diagnostics(draftUri, shows);
      await client.open(draftUri, opened);
      // A file opened from disk is as saved: everything is shown.
      await first;
      const held = client.diagnostics(draftUri, holds);
      await client.change(draftUri, 2, [{ text: typed }]);
      // An edit starts a draft: the whole-reply reports wait while the phrase report shows at once.
      await held;
    }

    it('holds the whole-reply reports while typing and shows them once the reply is saved', async () => {
      const client = await inProcess();
      await typing(client);
      const shown = client.diagnostics(draftUri, shows);
      await client.connection.sendNotification(rpc.DidSaveTextDocumentNotification.type, { textDocument: { uri: draftUri } });
      expect(ids(await shown)).toContain('no-negative-phrasing');
    });

    it('with the editor saving by itself, a save is only a pause: the reports still wait', async () => {
      const client = await inProcess({}, 'afterDelay');
      await typing(client);
      await client.connection.sendNotification(rpc.DidSaveTextDocumentNotification.type, { textDocument: { uri: draftUri } });
      const { HoverRequest } = rpc;
      // A request after the save is answered after the save is handled; the draft is then linted again.
      await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: draftUri }, position: { line: 0, character: 0 } });
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(holds(client.latest.get(draftUri)!.diagnostics)).toBe(true);
    });

    it('shows them once the writer has been idle for the configured time', async () => {
      const client = await inProcess({ draft: { idleSeconds: 2 } });
      await typing(client);
      const shown = await client.diagnostics(draftUri, shows, 8_000);
      expect(ids(shown)).toContain('no-negative-phrasing');
    });
  });
});
