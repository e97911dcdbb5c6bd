/**
 * Exact outputs no other in-process test pinned: each test here kills mutants
 * a sampled mutation run (scripts/mutation-sample.mjs server/src 40 41) left
 * alive or never reached. They check what a client sees: action titles and
 * edits, registrations, the summary, the documents the server asks to show,
 * and the message naming a broken dismissals file.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import lsp from 'vscode-languageserver/node.js';
import rpc from 'vscode-languageserver-protocol/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { exampleTexts } from '@replylint/rules';
import { TestClient } from '../../scripts/lsp-client.js';
import { applyFixAllCommand, fixAllQuickFix, lineAfterFrontMatter, openDocsCommand, otherActions } from './code-actions.js';
import { Dismissals } from './dismissals.js';
import { startServer, summaryRequest } from './server.js';
import { warmUpTexts } from './warm-up.js';

describe('lineAfterFrontMatter: where a file-wide directive goes', () => {
  it.each([
    ['no front matter', 'Hi Sam,\n\nDone.\n', 0],
    ['front matter closed by ---', '---\ntitle: Refund\n---\nHi Sam,\n', 3],
    ['front matter closed by ...', '---\ntitle: Refund\n...\nHi Sam,\n', 3],
    ['a blank line inside the front matter', '---\ntitle: Refund\n\ntags: [billing]\n---\nHi Sam,\n', 5],
    ['trailing spaces and CRLF', '---  \r\ntitle: Refund\r\n---   \r\nHi Sam,\r\n', 3],
    ['front matter never closed', '---\ntitle: Refund\nHi Sam,\n', 0],
    ['a --- that is not on the first line', 'Hi Sam,\n---\nDone.\n---\n', 0],
  ])('%s', (_, text, line) => {
    expect(lineAfterFrontMatter(text)).toBe(line);
  });
});

describe('code actions: exact titles and edits', () => {
  it('"fix all" is a quick fix titled for what it does, carrying the command and the document', () => {
    const document = TextDocument.create('file:///r/reply.txt', 'plaintext', 1, 'Hi Sam,\n');
    const diagnostics: lsp.Diagnostic[] = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } }, message: 'x', source: 'replylint', code: 'no-negative-phrasing' }];
    const title = 'Fix all safe rewrites in this reply';
    expect(fixAllQuickFix(document, diagnostics)).toEqual({ title, kind: 'quickfix', diagnostics, command: { title, command: applyFixAllCommand, arguments: ['file:///r/reply.txt'] } });
  });

  it('in a template, offers comments that ignore the report on its line, and for the file after the front matter', () => {
    const text = '---\ntitle: Restart\n---\nHi {{name}},\n\n  You need to restart the router.\n';
    const document = TextDocument.create('file:///r/restart.md', 'markdown', 1, text);
    const diagnostic: lsp.Diagnostic = { range: { start: { line: 5, character: 2 }, end: { line: 5, character: 13 } }, message: 'x', source: 'replylint', code: 'no-negative-phrasing' };
    const actions = otherActions(document, diagnostic, { fileKey: 'restart.md', inlineComments: true, jargon: false, wholeReply: false });
    const comments = actions.filter((a) => a.edit);
    expect(comments).toEqual([
      {
        title: 'Add a comment to ignore this no-negative-phrasing report (template)',
        kind: 'quickfix',
        diagnostics: [diagnostic],
        edit: { changes: { 'file:///r/restart.md': [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, newText: '  <!-- replylint-disable-next-line no-negative-phrasing -->\n' }] } },
      },
      {
        title: 'Add a comment to disable no-negative-phrasing for this file (template)',
        kind: 'quickfix',
        diagnostics: [diagnostic],
        edit: { changes: { 'file:///r/restart.md': [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: '<!-- replylint-disable no-negative-phrasing -->\n' }] } },
      },
    ]);
    // A plain-text draft sends every character: no comment is offered there.
    expect(otherActions(document, diagnostic, { fileKey: 'restart.md', inlineComments: false, jargon: false, wholeReply: false }).filter((a) => a.edit)).toEqual([]);
  });
});

describe('the warm-up texts', () => {
  it('are the examples as they are, then each inside an email, then one long reply', () => {
    const samples = exampleTexts();
    const texts = warmUpTexts();
    expect(texts).toHaveLength(samples.length * 2 + 1);
    expect(texts.slice(0, samples.length)).toEqual(samples);
    expect(texts[samples.length]).toBe(`Hi Sam,\n\n${samples[0]}\n\nBest,\nAna`);
    expect(texts.slice(samples.length, -1).every((t, i) => t === `Hi Sam,\n\n${samples[i]}\n\nBest,\nAna`)).toBe(true);
  });
});

describe('a dismissals file with a malformed entry', () => {
  const storeWith = (entries: unknown[]): Dismissals => {
    const path = join(mkdtempSync(join(tmpdir(), 'replylint-dismiss-')), '.replylint', 'dismissed.json');
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify({ dismissed: entries }));
    const store = new Dismissals(path);
    store.reload();
    return store;
  };

  it.each([
    ['no rule', { text: 'You need to' }],
    ['a rule that is not a string', { rule: 7 }],
    ['a text that is not a string', { rule: 'no-negative-phrasing', text: 3 }],
    ['a file that is not a string', { rule: 'no-negative-phrasing', text: 'You need to', file: ['a.txt'] }],
  ])('is named as broken, with the entry, when it has %s', (_, entry) => {
    const store = storeWith([{ rule: 'no-overpromise' }, entry]);
    expect(store.problem).toBe(
      `${store.path} is not a list of dismissed reports (each dismissal needs a "rule" and may have a "text" and a "file" (strings); found ${JSON.stringify(entry)}); fix or delete it`,
    );
    expect(store.list()).toEqual([]);
  });

  it('is read when every entry has a rule, and strings for its text and file when it has them', () => {
    const entries = [{ rule: 'no-overpromise' }, { rule: 'no-negative-phrasing', text: 'You need to' }, { rule: 'require-thanks', text: 'Done.', file: 'a.txt' }, { rule: 'no-jargon', file: 'b.txt' }];
    const store = storeWith(entries);
    expect(store.problem).toBeUndefined();
    expect(store.list()).toEqual(entries);
  });
});

describe('the server, in process: what it sends the client', () => {
  const connections: rpc.ProtocolConnection[] = [];
  afterEach(() => {
    for (const c of connections.splice(0)) c.dispose();
  });

  /** Starts a server with these client capabilities; returns the registrations it asked for once initialized. */
  async function registrationsWith(workspace: lsp.WorkspaceClientCapabilities): Promise<lsp.Registration[]> {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    startServer(lsp.createConnection(lsp.ProposedFeatures.all, new lsp.StreamMessageReader(toServer), new lsp.StreamMessageWriter(toClient)), { warmUp: false });
    const client = rpc.createProtocolConnection(new rpc.StreamMessageReader(toClient), new rpc.StreamMessageWriter(toServer));
    connections.push(client);
    const registrations: lsp.Registration[] = [];
    client.onRequest(rpc.RegistrationRequest.type, (params) => {
      registrations.push(...params.registrations);
    });
    client.onRequest(rpc.ConfigurationRequest.type, (params) => params.items.map(() => ({})));
    client.listen();
    await client.sendRequest(rpc.InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: { workspace }, workspaceFolders: null });
    await client.sendNotification(rpc.InitializedNotification.type, {});
    // The server answers in order: its registrations, sent on "initialized", come before this answer.
    await client.sendRequest(rpc.ShutdownRequest.type);
    return registrations;
  }

  it('registers for configuration changes only with a client that pulls configuration and registers dynamically', async () => {
    const both = await registrationsWith({ configuration: true, didChangeConfiguration: { dynamicRegistration: true } });
    expect(both.map(({ method, registerOptions }) => ({ method, registerOptions }))).toEqual([{ method: 'workspace/didChangeConfiguration', registerOptions: { section: 'replylint' } }]);
    expect(await registrationsWith({ configuration: true })).toEqual([]);
    expect(await registrationsWith({ configuration: true, didChangeConfiguration: { dynamicRegistration: false } })).toEqual([]);
    expect(await registrationsWith({ configuration: false, didChangeConfiguration: { dynamicRegistration: true } })).toEqual([]);
  });

  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) await client.shutdown();
  });

  async function inProcess(): Promise<TestClient> {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    startServer(lsp.createConnection(lsp.ProposedFeatures.all, new lsp.StreamMessageReader(toServer), new lsp.StreamMessageWriter(toClient)), { warmUp: false });
    const client = new TestClient({ streams: { input: toClient, output: toServer } });
    clients.push(client);
    await client.initialize();
    return client;
  }

  it('answers the summary request with the score and every checklist part', async () => {
    const client = await inProcess();
    const uri = 'file:///replies/reply.txt';
    const published = client.diagnostics(uri, (d) => d.length > 0);
    await client.open(uri, 'Hi Sam,\n\nThanks for the details.\n\nYou need to restart the router.\n\nLet me know if that helps.\n\nBest,\nAna\n');
    await published;
    const part = (label: string, present: boolean, expected: boolean) => ({ label, present, expected });
    expect(await client.connection.sendRequest(summaryRequest, { uri })).toEqual({
      score: 95,
      parts: [
        part('Greeting by name', true, true),
        part('Acknowledges the problem', false, false),
        part('Specific apology', false, false),
        part('Action taken or next step', true, true),
        part('Explanation', false, false),
        part('Thanks', true, true),
        part('Closing invitation', true, true),
        part('Sign-off', true, true),
      ],
    });
    expect(await client.connection.sendRequest(summaryRequest, { uri: 'file:///replies/not-open.txt' })).toBeNull();
  });

  it('opens a rule\'s documentation in the browser, and nothing when the command has no URL', async () => {
    const client = await inProcess();
    const shown: lsp.ShowDocumentParams[] = [];
    client.connection.onRequest(rpc.ShowDocumentRequest.type, (params) => {
      shown.push(params);
      return { success: true };
    });
    const url = 'https://example.com/rules/no-negative-phrasing';
    expect(await client.connection.sendRequest(rpc.ExecuteCommandRequest.type, { command: openDocsCommand, arguments: [url] })).toBeNull();
    expect(await client.connection.sendRequest(rpc.ExecuteCommandRequest.type, { command: openDocsCommand, arguments: [42] })).toBeNull();
    expect(await client.connection.sendRequest(rpc.ExecuteCommandRequest.type, { command: openDocsCommand })).toBeNull();
    expect(shown).toEqual([{ uri: url, external: true }]);
  });
});
