/**
 * Exact outputs no other in-process test pinned: each test here kills mutants
 * a sampled mutation run (scripts/mutation-sample.mjs server/src 40 41) left
 * alive or never reached (samples with seeds 42 and 43 added the rest). They
 * check what a client sees: action titles and edits, capabilities and
 * registrations, the summary, refresh requests, the documents the server
 * asks to show, log messages, and the message naming a broken dismissals file.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import lsp from 'vscode-languageserver/node.js';
import rpc from 'vscode-languageserver-protocol/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { exampleTexts, lint } from '@replylint/rules';
import { TestClient } from '../../scripts/lsp-client.js';
import { addToGlossaryCommand, applyFixAllCommand, fixAllQuickFix, lineAfterFrontMatter, openDocsCommand, otherActions, rewriteActions } from './code-actions.js';
import { Dismissals } from './dismissals.js';
import { editOffset, withholdTyping } from './focus.js';
import { isReplyPath } from './files.js';
import { Linter } from './linter.js';
import { startServer, summaryRequest } from './server.js';
import { normalizeSettings } from './settings.js';
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
    const actions = otherActions(document, diagnostic, { fileKey: 'restart.md', inlineComments: true, jargon: false, wholeReply: false, docs: true });
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
    expect(otherActions(document, diagnostic, { fileKey: 'restart.md', inlineComments: false, jargon: false, wholeReply: false, docs: true }).filter((a) => a.edit)).toEqual([]);
  });
});

describe('code actions: rewrites and the glossary', () => {
  const text = 'Hi Sam,\n\nYou need to restart the DNS resolver.\n';
  const document = TextDocument.create('file:///r/reply.txt', 'plaintext', 1, text);
  const range = { start: { line: 2, character: 0 }, end: { line: 2, character: 11 } };

  it('offers each rewrite for the report it answers, the first preferred', () => {
    const diagnostic: lsp.Diagnostic = { range, message: 'x', source: 'replylint', code: 'no-negative-phrasing', data: { expected: ['Please', "Let's"] } };
    expect(rewriteActions(document, diagnostic)).toEqual([
      { title: 'Replace with "Please"', kind: 'quickfix', diagnostics: [diagnostic], isPreferred: true, edit: { changes: { 'file:///r/reply.txt': [{ range, newText: 'Please' }] } } },
      { title: 'Replace with "Let\'s"', kind: 'quickfix', diagnostics: [diagnostic], isPreferred: false, edit: { changes: { 'file:///r/reply.txt': [{ range, newText: "Let's" }] } } },
    ]);
    expect(rewriteActions(document, { ...diagnostic, source: 'other' })).toEqual([]);
  });

  it('offers to add a jargon term to the team glossary, with the document and the term', () => {
    const term = { start: { line: 2, character: 24 }, end: { line: 2, character: 27 } };
    const diagnostic: lsp.Diagnostic = { range: term, message: 'x', source: 'replylint', code: 'no-jargon' };
    const actions = otherActions(document, diagnostic, { fileKey: 'reply.txt', inlineComments: false, jargon: true, wholeReply: false, docs: true });
    const title = 'Add "DNS" to the team glossary';
    expect(actions.find((a) => a.command?.command === addToGlossaryCommand)).toEqual({ title, kind: 'quickfix', diagnostics: [diagnostic], command: { title, command: 'replylint.addToGlossary', arguments: ['file:///r/reply.txt', 'DNS'] } });
    expect(otherActions(document, diagnostic, { fileKey: 'reply.txt', inlineComments: false, jargon: false, wholeReply: false, docs: true }).filter((a) => a.command?.command === addToGlossaryCommand)).toEqual([]);
  });
});

describe('which files are replies: globs', () => {
  it('matches a glob without a slash against the file name, in any folder', () => {
    expect(isReplyPath('replies/deep/reply.txt', ['*.txt'])).toBe(true);
    expect(isReplyPath('replies/deep/reply.md', ['*.txt'])).toBe(false);
    expect(isReplyPath('replies/deep/reply.txt', ['*.txt', '!drafts/*.txt'])).toBe(true);
  });

  it('takes a glob that cannot be compiled (too many alternatives) to match nothing, and goes on', () => {
    const tooMany = '{a,b,c,d}{a,b,c,d}{a,b,c,d}{a,b,c,d,e}';
    expect(isReplyPath('reply.txt', ['*.txt', tooMany])).toBe(true);
    expect(isReplyPath('aaaa', [tooMany])).toBe(false);
    expect(isReplyPath('reply.txt', ['*.txt', `!${tooMany}`])).toBe(true);
  });
});

describe('editor settings: rules', () => {
  it('names an unknown rule, and keeps the known ones', () => {
    expect(normalizeSettings({ rules: { nope: 'warn', 'require-thanks': 'error' } })).toMatchObject({ settings: { rules: { 'require-thanks': 'error' } }, problems: ['replylint.rules: unknown rule "nope"'] });
    expect(normalizeSettings({ rules: { 'require-thanks': 'loud' } }).problems).toEqual(['replylint.rules.require-thanks: use off, info, warn or error']);
  });
});

describe('the lint worker that stops', () => {
  it('is restarted twice, then given up on: every failure logged, the waiting lint failed with the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-worker-'));
    const script = join(dir, 'exits.mjs');
    writeFileSync(script, 'process.exit(3);\n');
    const logs: string[] = [];
    const linter = new Linter({ script, budget: 1000, warmUp: false, log: (message) => logs.push(message) });
    try {
      await expect(linter.lint('k', 'Hi Sam,', {})).rejects.toThrow('the lint worker failed 3 times in a row (last: the lint worker stopped (exit code 3)); not restarted');
      expect(logs).toEqual([
        'replylint: the lint worker failed: the lint worker stopped (exit code 3)',
        'replylint: the lint worker failed: the lint worker stopped (exit code 3)',
        'replylint: the lint worker failed: the lint worker stopped (exit code 3)',
        'replylint: the lint worker failed 3 times in a row (last: the lint worker stopped (exit code 3)); not restarted',
      ]);
    } finally {
      linter.dispose();
    }
  }, 20_000);
});

describe('focus mode: where an edit happened', () => {
  it.each([
    ['a character typed at the end', 'Thanks', 'Thanks!', 6],
    ['a character typed in the middle', 'You need to restart.', 'You need to xrestart.', 12],
    ['a character deleted', 'You need to restart.', 'You need to restar.', 18],
    ['the first character changed', 'abc', 'xbc', 0],
    ['nothing changed', 'abc', 'abc', 3],
    ['everything deleted', 'abc', '', 0],
  ])('%s', (_, before, after, offset) => {
    expect(editOffset(before, after)).toBe(offset);
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

  // Killed a sampled mutant (seed 37): the long reply's copies joined with nothing ran one sign-off into the next greeting.
  it('repeats the long reply as paragraphs apart', () => {
    const longer = warmUpTexts().at(-1)!;
    expect(longer.startsWith('Hi Sam,\n\n')).toBe(true);
    const copies = longer.split('\nAna\n\nHi Sam,\n\n');
    expect(copies.length).toBeGreaterThan(1);
    expect(longer).not.toContain('AnaHi Sam,');
  });
});

describe('the sentence being typed, held back', () => {
  // Killed a sampled mutant (seed 37): the count of held reports as the difference, not the sum.
  it('says how many reports it holds back, and shows the rest', () => {
    const text = 'Hi Sam,\n\nYou need to restart it. Your parcel will definitely arrive tomorrow\n\nBest,\nAna';
    const messages = lint(text);
    const inTyped = messages.filter((m) => m.place.start.offset! >= text.indexOf('Your parcel'));
    expect(inTyped.length).toBeGreaterThan(0);
    const edit = { offset: text.indexOf('tomorrow') + 4, at: 1000 };
    const { shown, held } = withholdTyping(messages, text, edit, 500, 1200);
    expect(held).toBe(messages.length - shown.length);
    expect(shown.some((m) => m.actual === 'You need to')).toBe(true);
    expect(shown.some((m) => m.actual === 'will definitely arrive')).toBe(false);
    expect(held).toBeGreaterThan(0);
    // Past the delay, nothing is held.
    expect(withholdTyping(messages, text, edit, 500, 1600)).toEqual({ shown: messages, held: 0 });
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

  /** A server and a bare client with these capabilities; what the server asks of the client is recorded. */
  async function rawClient(capabilities: lsp.ClientCapabilities) {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    startServer(lsp.createConnection(lsp.ProposedFeatures.all, new lsp.StreamMessageReader(toServer), new lsp.StreamMessageWriter(toClient)), { warmUp: false });
    const client = rpc.createProtocolConnection(new rpc.StreamMessageReader(toClient), new rpc.StreamMessageWriter(toServer));
    connections.push(client);
    const registrations: lsp.Registration[] = [];
    let refreshes = 0;
    client.onRequest(rpc.RegistrationRequest.type, (params) => {
      registrations.push(...params.registrations);
    });
    client.onRequest(rpc.DiagnosticRefreshRequest.type, () => {
      refreshes++;
    });
    client.onRequest(rpc.ConfigurationRequest.type, (params) => params.items.map(() => ({})));
    client.listen();
    const initialized = await client.sendRequest(rpc.InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities, workspaceFolders: null });
    await client.sendNotification(rpc.InitializedNotification.type, {});
    return { client, initialized, registrations, refreshes: () => refreshes };
  }

  /** Starts a server with these client capabilities; returns the registrations it asked for once initialized. */
  async function registrationsWith(workspace: lsp.WorkspaceClientCapabilities): Promise<lsp.Registration[]> {
    const { client, registrations } = await rawClient({ workspace });
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

  it('asks for the editor settings only a client that says it can answer', async () => {
    const configurationRequests = async (configuration: boolean): Promise<number> => {
      const { client } = await rawClient({ workspace: { configuration } });
      let asked = 0;
      client.onRequest(rpc.ConfigurationRequest.type, (params) => {
        asked++;
        return params.items.map(() => ({}));
      });
      const uri = 'file:///replies/reply.txt';
      const published = new Promise<void>((resolve) => client.onNotification(rpc.PublishDiagnosticsNotification.type, (params) => params.uri === uri && resolve()));
      await client.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'plaintext', version: 1, text: 'Hi Sam,\n\nYou need to restart the router.\n' } });
      await published;
      return asked;
    };
    expect(await configurationRequests(false)).toBe(0);
    expect(await configurationRequests(true)).toBeGreaterThan(0);
  });

  it('offers quick fixes and both fix-all kinds, and the commands the clients send, under their ids', async () => {
    const { initialized } = await rawClient({});
    expect(initialized.capabilities.codeActionProvider).toEqual({ codeActionKinds: ['quickfix', 'source.fixAll.replylint', 'source.fixAll'] });
    expect(initialized.capabilities.textDocumentSync).toEqual({ openClose: true, change: 2, save: { includeText: false } });
    expect(initialized.capabilities.executeCommandProvider?.commands).toContain('replylint.applyFixAll');
    expect(initialized.capabilities.executeCommandProvider?.commands).toContain('replylint.openRuleDocumentation');
  });

  it('asks a pulling client to refresh its diagnostics when a watched file changes, only when it can', async () => {
    const refreshesWith = async (capabilities: lsp.ClientCapabilities): Promise<number> => {
      const { client, refreshes } = await rawClient(capabilities);
      await client.sendNotification(rpc.DidChangeWatchedFilesNotification.type, { changes: [{ uri: 'file:///w/.replylintrc.json', type: 2 }] });
      // In order: a refresh asked for on that notification comes before this answer.
      await client.sendRequest(rpc.ShutdownRequest.type);
      return refreshes();
    };
    expect(await refreshesWith({ textDocument: { diagnostic: {} }, workspace: { diagnostics: { refreshSupport: true } } })).toBe(1);
    expect(await refreshesWith({ textDocument: { diagnostic: {} }, workspace: { diagnostics: { refreshSupport: false } } })).toBe(0);
    expect(await refreshesWith({ textDocument: { diagnostic: {} } })).toBe(0);
    expect(await refreshesWith({ workspace: { diagnostics: { refreshSupport: true } } })).toBe(0);
  });

  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) await client.shutdown();
  });

  async function inProcess(rootUri?: string): Promise<TestClient> {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    startServer(lsp.createConnection(lsp.ProposedFeatures.all, new lsp.StreamMessageReader(toServer), new lsp.StreamMessageWriter(toClient)), { warmUp: false });
    const client = new TestClient({ streams: { input: toClient, output: toServer }, ...(rootUri ? { rootUri } : {}) });
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
    expect(await client.connection.sendRequest(summaryRequest, { uri: 42 })).toBeNull();
    expect(await client.connection.sendRequest(summaryRequest)).toBeNull();
    expect(await client.connection.sendRequest(summaryRequest, null)).toBeNull();
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

  it('lints an untitled draft, which has no path', async () => {
    const client = await inProcess();
    const uri = 'untitled:Untitled-1';
    const published = client.diagnostics(uri, (d) => d.length > 0);
    await client.open(uri, 'Hi Sam,\n\nThanks for the details.\n\nYou need to restart the router.\n\nLet me know if that helps.\n\nBest,\nAna\n');
    expect((await published).map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character])).toEqual([['no-negative-phrasing', 4, 0, 11]]);
  });

  it('logs a warning for a package.json it cannot read, and passes it over', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-server-pkg-'));
    writeFileSync(join(dir, 'package.json'), '{ "name": ');
    writeFileSync(join(dir, 'reply.txt'), 'Hi Sam,\n\nYou need to restart the router.\n');
    const client = await inProcess(pathToFileURL(dir).href);
    const uri = pathToFileURL(join(dir, 'reply.txt')).href;
    const published = client.diagnostics(uri, (d) => d.length > 0);
    await client.open(uri, readFileSync(join(dir, 'reply.txt'), 'utf8'));
    await published;
    // The warning is sent while the reply is linted, so before its diagnostics.
    const warning = client.logs.find((message) => message.includes('was passed over'));
    expect(warning).toBe('replylint: package.json:1:11: invalid JSON: the file ends where a value was expected; this package.json was passed over in the search for a config');
  });

  /** Diagnostics after typing into the sentence of "You need to", with these settings; and after a save. */
  async function typedThenSaved(settings: Record<string, unknown>, languageId = 'plaintext'): Promise<{ typing: string[]; saved: string[] }> {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    startServer(lsp.createConnection(lsp.ProposedFeatures.all, new lsp.StreamMessageReader(toServer), new lsp.StreamMessageWriter(toClient)), { warmUp: false });
    const client = new TestClient({ settings, streams: { input: toClient, output: toServer } });
    client.connection.onRequest(rpc.ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'files.autoSave' ? 'off' : settings)));
    clients.push(client);
    await client.initialize();
    const uri = languageId === 'html' ? 'file:///replies/reply.html' : 'file:///replies/reply.txt';
    const text = 'Hi Sam,\n\nThanks for the details.\n\nYou need to restart the router.\n\nLet me know if that helps.\n\nBest,\nAna\n';
    const opened = client.diagnostics(uri, (d) => d.length > 0);
    await client.open(uri, text, languageId);
    expect((await opened).map((d) => d.code)).toEqual(['no-negative-phrasing']);
    const codes = (d: lsp.Diagnostic[]): string[] => d.map((x) => String(x.code));
    const typed = client.diagnostics(uri, (_, params) => params.version === 2);
    await client.change(uri, 2, [{ range: { start: { line: 4, character: 30 }, end: { line: 4, character: 30 } }, text: ' now' }]);
    const typing = codes(await typed);
    const afterSave = client.diagnostics(uri, (_, params) => params.version === 2);
    await client.connection.sendNotification(rpc.DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    return { typing, saved: codes(await afterSave) };
  }

  it('holds back the report on the sentence being typed in focus mode, and shows it once the reply is saved', async () => {
    const base = { focusDelay: 60_000, debounce: 0, draft: { idleSeconds: 0 }, languages: ['plaintext', 'html'] };
    expect(await typedThenSaved({ ...base, focusMode: 'on' })).toEqual({ typing: [], saved: ['no-negative-phrasing'] });
    expect(await typedThenSaved({ ...base, focusMode: 'auto' })).toEqual({ typing: [], saved: ['no-negative-phrasing'] });
    expect(await typedThenSaved({ ...base, focusMode: 'off' })).toEqual({ typing: ['no-negative-phrasing'], saved: ['no-negative-phrasing'] });
    // "auto" leaves HTML alone: a template's markup is typed in pieces.
    expect(await typedThenSaved({ ...base, focusMode: 'auto' }, 'html')).toEqual({ typing: ['no-negative-phrasing'], saved: ['no-negative-phrasing'] });
    expect(await typedThenSaved({ ...base, focusMode: 'on' }, 'html')).toEqual({ typing: [], saved: ['no-negative-phrasing'] });
  });

  it('runs every command under the id it advertises', async () => {
    const { initialized } = await rawClient({});
    expect(initialized.capabilities.executeCommandProvider?.commands).toEqual([
      'replylint.openRuleDocumentation',
      'replylint.applyFixAll',
      'replylint.dismiss',
      'replylint.ignorePhrase',
      'replylint.addToGlossary',
      'replylint.listDismissals',
      'replylint.undoDismissals',
    ]);
  });

  it('dismisses a report only with its document, rule and text, and adds a term to the glossary file it names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-server-cmd-'));
    const client = await inProcess(pathToFileURL(dir).href);
    const uri = pathToFileURL(join(dir, 'reply.txt')).href;
    const execute = (command: string, args: unknown[]): Promise<unknown> => client.connection.sendRequest(rpc.ExecuteCommandRequest.type, { command, arguments: args });
    expect(await execute('replylint.dismiss', [uri, 'no-negative-phrasing'])).toEqual({ dismissed: false });
    expect(await execute('replylint.dismiss', [uri, 'no-negative-phrasing', 7])).toEqual({ dismissed: false });
    expect(await execute('replylint.dismiss', [uri, 'no-negative-phrasing', 'You need to'])).toEqual({ dismissed: true });
    expect(JSON.parse(readFileSync(join(dir, '.replylint', 'dismissed.json'), 'utf8'))).toEqual({ dismissed: [{ rule: 'no-negative-phrasing', text: 'You need to', file: 'reply.txt' }] });
    expect(await execute('replylint.addToGlossary', [uri, 'SKU'])).toEqual({ file: join(dir, '.replylintrc.json') });
    expect(JSON.parse(readFileSync(join(dir, '.replylintrc.json'), 'utf8'))).toEqual({ glossary: ['SKU'] });
    // Already there: nothing written, the config named all the same.
    expect(await execute('replylint.addToGlossary', [uri, 'SKU'])).toEqual({ file: join(dir, '.replylintrc.json') });
    expect(await execute('replylint.addToGlossary', [uri])).toEqual({ file: null });
  });
});
