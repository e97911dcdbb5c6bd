/**
 * The agent's editor over stdio, with the settings a new user has (none): the
 * language ids real clients send, draft-aware timing while a reply is typed,
 * dismissals kept outside the reply (and across a restart), the team glossary
 * shared with the CLI, which files are replies, the quick-fix menu's order,
 * and the score and checklist.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import rpc from 'vscode-languageserver-protocol/node.js';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient, applyTextEdits } from '../scripts/lsp-client.js';

const cli = fileURLToPath(new URL('../cli/dist/cli.js', import.meta.url));
const codes = (diagnostics: Diagnostic[]): string[] => [...new Set(diagnostics.map((d) => String(d.code)))].sort();
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const wholeReply = ['no-generic-greeting', 'require-closing-invitation', 'require-next-step', 'require-thanks'];

let clients: TestClient[] = [];
afterEach(async () => {
  for (const client of clients) await client.shutdown().catch(() => undefined);
  clients = [];
});

/** A server started as a client with no replylint settings would start it (`bare`: with no file watching and no showDocument, as Neovim 0.7 and eglot 1.9). */
async function start(options: { rootUri?: string; settings?: Record<string, unknown>; bare?: boolean } = {}): Promise<TestClient> {
  const client = new TestClient({
    settings: options.settings ?? {},
    ...(options.rootUri ? { rootUri: options.rootUri } : {}),
    ...(options.bare ? { watchesFiles: false, showsDocuments: false } : {}),
  });
  clients.push(client);
  await client.initialize();
  return client;
}

const workspace = (): string => mkdtempSync(join(tmpdir(), 'replylint-editor-'));
const reply = 'Hi Sam,\n\nYou need to clear your cookies. Your package will arrive tomorrow.\n\nBest,\nAna\n';

describe('every LSP editor, with default settings', () => {
  // What each client sends as the languageId: VS Code and Zed `plaintext`; Neovim (filetype), Helix (language name)
  // and eglot (text-mode) `text`; `txt` from clients that use the extension; `markdown`, and eglot's `gfm` from gfm-mode.
  const cases: Array<[string, string]> = [
    ['plaintext', 'reply.txt'],
    ['text', 'reply.txt'],
    ['txt', 'reply.txt'],
    ['markdown', 'reply.md'],
    ['gfm', 'reply.md'],
    // eglot 1.9 with one entry for (text-mode markdown-mode) sends `text` for a Markdown file too.
    ['text', 'reply.md'],
  ];
  it.each(cases)('lints a reply sent as %s (%s)', async (languageId, name) => {
    const client = await start();
    const uri = `file:///replies/${name}`;
    const published = client.diagnostics(uri, (d) => d.length > 0);
    await client.open(uri, reply, languageId);
    // Opened from disk, the reply counts as saved: whole-reply reports show at once.
    expect(codes(await published)).toEqual(['no-negative-phrasing', 'no-overpromise', 'require-closing-invitation', 'require-thanks']);
  });

  it('does not lint other languages', async () => {
    const client = await start();
    const uri = 'file:///replies/code.js';
    const published = client.diagnostics(uri);
    await client.open(uri, 'You need to clear your cookies.', 'javascript');
    expect(await published).toEqual([]);
  });
});

describe('draft-aware timing', () => {
  /** Types text at the end of an untitled draft, one character at a time, as a writer does. */
  async function type(client: TestClient, uri: string, state: { text: string; version: number }, text: string, pace = 15): Promise<void> {
    for (const char of text) {
      const lines = state.text.split('\n');
      const at = { line: lines.length - 1, character: lines.at(-1)!.length };
      state.text += char;
      await client.change(uri, ++state.version, [{ range: { start: at, end: at }, text: char }]);
      await sleep(pace);
    }
  }

  it('holds whole-reply reports until the sign-off, while phrase reports on finished sentences show', async () => {
    const client = await start();
    const uri = 'untitled:Untitled-1';
    const state = { text: '', version: 1 };
    await client.open(uri, '');
    const draft = 'Hi Sam,\n\nYou need to clear your cookies. I have sent a new link';
    // The diagnostics of the last keystroke's version (the server may publish them before typing returns).
    const lastVersion = state.version + [...draft].length;
    const pausedPublished = client.diagnostics(uri, (_d, params) => params.version === lastVersion, 40_000);
    await type(client, uri, state, draft);
    // Paused mid-sentence: the finished sentence's report shows, no whole-reply report does.
    const paused = await pausedPublished;
    expect(codes(paused)).toContain('no-negative-phrasing');
    await sleep(2500);
    const still = client.latest.get(uri)!.diagnostics as Diagnostic[];
    for (const diagnostics of [paused, still]) expect(codes(diagnostics).filter((c) => wholeReply.includes(c))).toEqual([]);
    // The sign-off says the draft is done: the missing closing invitation is reported.
    const done = client.diagnostics(uri, (d) => d.some((x) => x.code === 'require-closing-invitation'), 40_000);
    await type(client, uri, state, '.\n\nBest,\nAna');
    expect(codes(await done)).toContain('require-closing-invitation');
  }, 120_000);

  it('reports on the whole reply once the draft is saved, or after the idle time the setting names', async () => {
    const client = await start({ settings: { draft: { idleSeconds: 1.5 } } });
    const uri = 'file:///replies/draft.txt';
    const text = 'Hi Sam,\n\nI have sent a new link';
    const opened = client.diagnostics(uri, (d) => d.some((x) => x.code === 'require-closing-invitation'));
    await client.open(uri, text);
    await opened;
    // An edit makes it a draft again: held; then idle for 1.5 s: shown.
    const held = client.diagnostics(uri, (d) => !d.some((x) => x.code === 'require-closing-invitation'));
    const end = { line: 2, character: text.split('\n')[2]!.length };
    const edited = Date.now();
    await client.change(uri, 2, [{ range: { start: end, end }, text: ' today' }]);
    await held;
    await client.diagnostics(uri, (d) => d.some((x) => x.code === 'require-closing-invitation'), 10_000);
    expect(Date.now() - edited).toBeGreaterThanOrEqual(1400);
    // Held again after the next edit, and shown as soon as it is saved.
    const heldAgain = client.diagnostics(uri, (d) => !d.some((x) => x.code === 'require-closing-invitation'));
    await client.change(uri, 3, [{ range: { start: end, end }, text: ' now' }]);
    await heldAgain;
    const saved = client.diagnostics(uri, (d) => d.some((x) => x.code === 'require-closing-invitation'));
    const savedAt = Date.now();
    await client.connection.sendNotification(rpc.DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    await saved;
    expect(Date.now() - savedAt).toBeLessThan(1400);
  }, 30_000);

  it('idle time 0 turns the timing off', async () => {
    const client = await start({ settings: { draft: { idleSeconds: 0 }, focusMode: 'off' } });
    const uri = 'untitled:Untitled-2';
    const shown = client.diagnostics(uri, (d) => d.some((x) => x.code === 'require-closing-invitation'));
    await client.open(uri, 'Hi Sam,\n\nI have sent a new link.');
    expect(codes(await shown)).toContain('require-closing-invitation');
  });
});

describe('dismissals, kept outside the reply', () => {
  it('dismiss hides the report in this reply, leaves the text alone, survives a restart, and can be undone', async () => {
    const root = workspace();
    writeFileSync(join(root, 'reply.txt'), reply);
    writeFileSync(join(root, 'other.txt'), reply);
    const rootUri = pathToFileURL(root).href;
    const uri = `${rootUri}/reply.txt`;
    const other = `${rootUri}/other.txt`;
    let client = await start({ rootUri });
    const first = client.diagnostics(uri, (d) => d.length > 0);
    await client.open(uri, reply);
    const overpromise = (await first).find((d) => d.code === 'no-overpromise')!;
    const actions = (await client.connection.sendRequest(rpc.CodeActionRequest.type, { textDocument: { uri }, range: overpromise.range, context: { diagnostics: [overpromise] } })) as CodeAction[];
    const dismiss = actions.find((a) => a.title === 'Dismiss this no-overpromise report')!;
    expect(dismiss.edit).toBeUndefined();
    const gone = client.diagnostics(uri, (d) => !d.some((x) => x.code === 'no-overpromise'));
    await client.connection.sendRequest(rpc.ExecuteCommandRequest.type, dismiss.command!);
    expect(codes(await gone)).toEqual(['no-negative-phrasing', 'require-closing-invitation', 'require-thanks']);
    expect(readFileSync(join(root, 'reply.txt'), 'utf8')).toBe(reply);
    expect(JSON.parse(readFileSync(join(root, '.replylint/dismissed.json'), 'utf8'))).toEqual({ dismissed: [{ rule: 'no-overpromise', text: "will arrive", file: "reply.txt" }] });
    // Another reply with the same words still gets the report.
    const otherShown = client.diagnostics(other, (d) => d.length > 0);
    await client.open(other, reply);
    expect(codes(await otherShown)).toContain('no-overpromise');
    await client.shutdown();
    clients = [];

    // A new server (the editor restarted) reads the dismissal back.
    client = await start({ rootUri });
    const again = client.diagnostics(uri, (d) => d.length > 0);
    await client.open(uri, reply);
    expect(codes(await again)).toEqual(['no-negative-phrasing', 'require-closing-invitation', 'require-thanks']);
    const list = (await client.connection.sendRequest(rpc.ExecuteCommandRequest.type, { command: 'replylint.listDismissals', arguments: [] })) as { dismissed: Array<{ index: number; label: string }> };
    expect(list.dismissed.map((d) => d.label)).toEqual(['no-overpromise "will arrive" in reply.txt']);
    const back = client.diagnostics(uri, (d) => d.some((x) => x.code === 'no-overpromise'));
    expect(await client.connection.sendRequest(rpc.ExecuteCommandRequest.type, { command: 'replylint.undoDismissals', arguments: [[0]] })).toEqual({ undone: 1 });
    await back;
  }, 40_000);

  it('"ignore everywhere" hides a phrase in every reply; a whole-reply report offers no such thing', async () => {
    const root = workspace();
    const rootUri = pathToFileURL(root).href;
    const client = await start({ rootUri });
    const a = `${rootUri}/a.txt`;
    const b = `${rootUri}/b.txt`;
    const shown = client.diagnostics(a, (d) => d.length > 0);
    await client.open(a, reply);
    const diagnostics = await shown;
    const negative = diagnostics.find((d) => d.code === 'no-negative-phrasing')!;
    const closing = diagnostics.find((d) => d.code === 'require-closing-invitation')!;
    const actions = (await client.connection.sendRequest(rpc.CodeActionRequest.type, { textDocument: { uri: a }, range: negative.range, context: { diagnostics: [negative, closing] } })) as CodeAction[];
    expect(actions.filter((x) => x.title.startsWith('Ignore')).map((x) => x.title)).toEqual(['Ignore "You need to" everywhere (no-negative-phrasing)']);
    const ignore = actions.find((x) => x.title.startsWith('Ignore'))!;
    const gone = client.diagnostics(a, (d) => !d.some((x) => x.code === 'no-negative-phrasing'));
    await client.connection.sendRequest(rpc.ExecuteCommandRequest.type, ignore.command!);
    await gone;
    const inB = client.diagnostics(b, (d) => d.length > 0);
    await client.open(b, 'Hi Jo,\n\nyou need to  restart the app.\n\nBest,\nAna\n');
    expect(codes(await inB)).not.toContain('no-negative-phrasing');
  }, 30_000);

  it('a broken dismissal file is named and left as it is', async () => {
    const root = workspace();
    mkdirSync(join(root, '.replylint'));
    writeFileSync(join(root, '.replylint/dismissed.json'), '{"dismissed": 3}');
    const client = await start({ rootUri: pathToFileURL(root).href });
    const errors = client.shownMessages;
    const uri = `${pathToFileURL(root).href}/reply.txt`;
    const shown = client.diagnostics(uri, (d) => d.length > 0);
    await client.open(uri, reply);
    const overpromise = (await shown).find((d) => d.code === 'no-overpromise')!;
    const result = await client.connection.sendRequest(rpc.ExecuteCommandRequest.type, { command: 'replylint.dismiss', arguments: [uri, 'no-overpromise', 'will arrive tomorrow'] });
    expect(result).toEqual({ dismissed: false });
    expect(overpromise).toBeDefined();
    await expect.poll(() => errors.join('\n')).toContain('dismissed.json is not a list of dismissed reports');
    expect(readFileSync(join(root, '.replylint/dismissed.json'), 'utf8')).toBe('{"dismissed": 3}');
  });
});

describe('the team glossary', () => {
  it('"add to the team glossary" writes the config the CLI reads: the editor and the CLI stop reporting the term', async () => {
    const root = workspace();
    const text = 'Hi Sam,\n\nPlease clear your DNS cache and restart the router.\n\nThanks,\nAna\n';
    writeFileSync(join(root, 'reply.txt'), text);
    writeFileSync(join(root, '.replylintrc.json'), '{\n  "channel": "email"\n}\n');
    const lintCli = (): string[] => {
      const run = spawnSync(process.execPath, [cli, 'reply.txt', '--format', 'json'], { cwd: root, encoding: 'utf8' });
      return (JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string }> }>)[0]!.messages.map((m) => m.ruleId);
    };
    expect(lintCli()).toContain('no-unclear-instructions');
    const rootUri = pathToFileURL(root).href;
    const client = await start({ rootUri });
    const uri = `${rootUri}/reply.txt`;
    const shown = client.diagnostics(uri, (d) => d.some((x) => x.code === 'no-unclear-instructions'));
    await client.open(uri, text);
    const jargon = (await shown).find((d) => d.code === 'no-unclear-instructions')!;
    const actions = (await client.connection.sendRequest(rpc.CodeActionRequest.type, { textDocument: { uri }, range: jargon.range, context: { diagnostics: [jargon] } })) as CodeAction[];
    const add = actions.find((a) => a.title === 'Add "DNS" to the team glossary')!;
    const gone = client.diagnostics(uri, (d) => !d.some((x) => x.code === 'no-unclear-instructions'));
    expect(await client.connection.sendRequest(rpc.ExecuteCommandRequest.type, add.command!)).toEqual({ file: join(root, '.replylintrc.json') });
    await gone;
    expect(JSON.parse(readFileSync(join(root, '.replylintrc.json'), 'utf8'))).toEqual({ channel: 'email', glossary: ['DNS'] });
    expect(lintCli()).not.toContain('no-unclear-instructions');
    expect(readFileSync(join(root, 'reply.txt'), 'utf8')).toBe(text);
  }, 90_000);
});

describe('which files are replies', () => {
  it('not a README or CHANGELOG, not what the config ignores, not outside replylint.files; untitled drafts always', async () => {
    const root = workspace();
    mkdirSync(join(root, 'drafts'));
    mkdirSync(join(root, 'replies'));
    writeFileSync(join(root, '.replylintrc.json'), '{ "ignorePatterns": ["drafts/**"] }\n');
    const rootUri = pathToFileURL(root).href;
    const check = async (client: TestClient, uri: string, languageId = 'plaintext'): Promise<boolean> => {
      const published = client.diagnostics(uri);
      await client.open(uri, reply, languageId);
      return (await published).length > 0;
    };
    let client = await start({ rootUri });
    expect(await check(client, `${rootUri}/README.md`, 'markdown')).toBe(false);
    expect(await check(client, `${rootUri}/CHANGELOG.md`, 'markdown')).toBe(false);
    expect(await check(client, `${rootUri}/drafts/x.txt`)).toBe(false);
    expect(await check(client, `${rootUri}/notes.txt`)).toBe(true);
    expect(await check(client, 'untitled:Untitled-3')).toBe(true);
    await client.shutdown();
    clients = [];
    client = await start({ rootUri, settings: { files: ['replies/**'] } });
    expect(await check(client, `${rootUri}/notes.txt`)).toBe(false);
    expect(await check(client, `${rootUri}/replies/a.txt`)).toBe(true);
    expect(await check(client, 'untitled:Untitled-4')).toBe(true);
  }, 30_000);
});

describe('the quick-fix menu', () => {
  it('lists each report’s rewrites, then one fix-all, then the rest; inline comments only in a Markdown template, below its front matter', async () => {
    const client = await start();
    const uri = 'file:///templates/refund.md';
    const text = '---\ntitle: Refund\n---\nHi {{name}},\n\nYour package will arrive tomorrow.\n\nBest,\nAna\n';
    const shown = client.diagnostics(uri, (d) => d.length > 1);
    await client.open(uri, text, 'markdown');
    const diagnostics = (await shown).filter((d) => d.code === 'no-overpromise' || d.code === 'require-closing-invitation');
    expect(codes(diagnostics)).toEqual(['no-overpromise', 'require-closing-invitation']);
    const actions = (await client.connection.sendRequest(rpc.CodeActionRequest.type, { textDocument: { uri }, range: diagnostics[0]!.range, context: { diagnostics, only: ['quickfix'] } })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    const fixAll = titles.indexOf('Fix all safe rewrites in this reply');
    const rewrites = actions.filter((a) => a.isPreferred !== undefined);
    expect(rewrites.length).toBeGreaterThanOrEqual(2);
    expect(titles.slice(0, fixAll)).toEqual(rewrites.map((a) => a.title));
    expect(titles.filter((t) => t === 'Fix all safe rewrites in this reply')).toHaveLength(1);
    const disable = actions.find((a) => a.title === 'Add a comment to disable no-overpromise for this file (template)')!;
    expect(applyTextEdits(text, disable.edit!.changes![uri]!)).toBe('---\ntitle: Refund\n---\n<!-- replylint-disable no-overpromise -->\nHi {{name}},\n\nYour package will arrive tomorrow.\n\nBest,\nAna\n');
  });

  it('the hover explains without repeating the message', async () => {
    const client = await start();
    const uri = 'file:///replies/hover.txt';
    const shown = client.diagnostics(uri, (d) => d.length > 0);
    await client.open(uri, reply);
    const negative = (await shown).find((d) => d.code === 'no-negative-phrasing')!;
    const hover = await client.connection.sendRequest(rpc.HoverRequest.type, { textDocument: { uri }, position: negative.range.start });
    const markdown = (hover!.contents as { value: string }).value;
    expect(markdown).toContain('`no-negative-phrasing`');
    expect(markdown).not.toContain(negative.message);
  });
});

describe('the score and checklist', () => {
  type Summary = { score: number; parts: Array<{ label: string; present: boolean; expected: boolean }> } | null;
  /** The reply open in a new workspace, linted, with a way to ask for its summary. */
  async function opened(): Promise<{ root: string; rootUri: string; uri: string; client: TestClient; summary: () => Promise<Summary> }> {
    const root = workspace();
    const rootUri = pathToFileURL(root).href;
    const client = await start({ rootUri });
    const uri = `${rootUri}/reply.txt`;
    const shown = client.diagnostics(uri, (d) => d.length > 0);
    await client.open(uri, reply);
    await shown;
    return { root, rootUri, uri, client, summary: async () => (await client.connection.sendRequest('replylint/summary', { uri })) as Summary };
  }

  it('are answered for a reply and follow its edits; none for a file that is not a reply', async () => {
    const { root, rootUri, uri, client, summary } = await opened();
    const before = await summary();
    expect(before!.parts.find((p) => p.label === 'Closing invitation')).toEqual({ label: 'Closing invitation', present: false, expected: true });
    const end = { line: 2, character: 69 };
    await client.change(uri, 2, [{ range: { start: end, end }, text: ' Let us know if you have any other questions.' }]);
    const after = await summary();
    expect(after!.parts.find((p) => p.label === 'Closing invitation')!.present).toBe(true);
    expect(after!.score).toBeGreaterThan(before!.score);
    const readme = `${rootUri}/README.md`;
    await client.open(readme, reply, 'markdown');
    expect(await client.connection.sendRequest('replylint/summary', { uri: readme })).toBeNull();
    expect(existsSync(join(root, '.replylint'))).toBe(false);
  });

  it('do not count a report the writer dismissed, and count it again once the dismissal is undone', async () => {
    const { uri, client, summary } = await opened();
    // 100, less the thanks (10) and the closing invitation (15) missing, and two warnings at 5 each ("You need to",
    // "will arrive"; the thanks and invitation reports restate their missing parts and cost nothing more).
    const before = await summary();
    expect(before!.score).toBe(65);
    const gone = client.diagnostics(uri, (d) => !d.some((x) => x.code === 'no-overpromise'));
    expect(await client.connection.sendRequest(rpc.ExecuteCommandRequest.type, { command: 'replylint.dismiss', arguments: [uri, 'no-overpromise', 'will arrive'] })).toEqual({ dismissed: true });
    await gone;
    expect(await summary()).toEqual({ score: 70, parts: before!.parts });
    const back = client.diagnostics(uri, (d) => d.some((x) => x.code === 'no-overpromise'));
    await client.connection.sendRequest(rpc.ExecuteCommandRequest.type, { command: 'replylint.undoDismissals', arguments: [[0]] });
    await back;
    expect((await summary())!.score).toBe(65);
  });
});

describe('a client that neither watches files nor opens web pages (Neovim 0.7, eglot)', () => {
  it('reads a changed team config again when a reply is saved or opened, without a restart', async () => {
    const root = workspace();
    writeFileSync(join(root, '.replylintrc.json'), '{ "rules": { "no-overpromise": "error" } }\n');
    writeFileSync(join(root, 'reply.txt'), reply);
    const rootUri = pathToFileURL(root).href;
    const uri = `${rootUri}/reply.txt`;
    const client = await start({ rootUri, bare: true });
    const first = client.diagnostics(uri, (d) => d.length > 0);
    await client.open(uri, reply);
    expect((await first).find((d) => d.code === 'no-overpromise')!.severity).toBe(rpc.DiagnosticSeverity.Error);
    // The config changes on disk, and the client says nothing of it: the next save of the reply applies it.
    writeFileSync(join(root, '.replylintrc.json'), '{ "rules": { "no-overpromise": "off" } }\n');
    const saved = client.diagnostics(uri, (d) => d.length > 0 && !d.some((x) => x.code === 'no-overpromise'));
    await client.save(uri);
    expect(codes(await saved)).toEqual(['no-negative-phrasing', 'require-closing-invitation', 'require-thanks']);
    // And a reply opened after a change reads it too.
    writeFileSync(join(root, '.replylintrc.json'), '{ "rules": { "no-negative-phrasing": "off" } }\n');
    const other = `${rootUri}/other.txt`;
    const opened = client.diagnostics(other, (d) => d.length > 0);
    await client.open(other, reply);
    expect(codes(await opened)).toEqual(['no-overpromise', 'require-closing-invitation', 'require-thanks']);
  });

  it('tells the writer once, in a message, that a broken team config is not applied', async () => {
    const root = workspace();
    writeFileSync(join(root, '.replylintrc.json'), '{ "chanel": "chat" }\n');
    const rootUri = pathToFileURL(root).href;
    const uri = `${rootUri}/reply.txt`;
    const client = await start({ rootUri, bare: true });
    const shown = client.diagnostics(uri, (d) => d.length > 0);
    await client.open(uri, reply);
    await shown;
    await expect.poll(() => client.shownMessages.length).toBe(1);
    expect(client.shownMessages[0]).toMatch(/^replylint: .*\.replylintrc\.json.*chanel.*Until it is fixed, replies are checked with the editor's settings, not the team's config\.$/su);
    const again = client.diagnostics(uri, (d) => d.length > 0);
    await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
    await again;
    await sleep(200);
    expect(client.shownMessages).toHaveLength(1);
  });

  it('takes its settings from the initialization options when it cannot ask for them (Neovim 0.7)', async () => {
    const root = workspace();
    const rootUri = pathToFileURL(root).href;
    const uri = `${rootUri}/reply.txt`;
    for (const [channel, invitation] of [['chat', false], ['email', true]] as const) {
      const client = new TestClient({ rootUri, watchesFiles: false, showsDocuments: false, answersConfiguration: false, initializationOptions: { replylint: { channel } } });
      clients.push(client);
      await client.initialize();
      const shown = client.diagnostics(uri, (d) => d.length > 0);
      await client.open(uri, reply);
      expect(codes(await shown).includes('require-closing-invitation'), channel).toBe(invitation);
      await client.shutdown();
    }
  });

  it('offers no "Open the documentation" action it could not carry out (the hover links the page)', async () => {
    const root = workspace();
    const rootUri = pathToFileURL(root).href;
    const uri = `${rootUri}/reply.txt`;
    for (const bare of [true, false]) {
      const client = await start({ rootUri, bare });
      const shown = client.diagnostics(uri, (d) => d.length > 0);
      await client.open(uri, reply);
      const negative = (await shown).find((d) => d.code === 'no-negative-phrasing')!;
      const actions = (await client.connection.sendRequest(rpc.CodeActionRequest.type, { textDocument: { uri }, range: negative.range, context: { diagnostics: [negative] } })) as CodeAction[];
      expect(actions.some((a) => a.title === 'Open the documentation for no-negative-phrasing'), `bare: ${bare}`).toBe(!bare);
      const hover = await client.connection.sendRequest(rpc.HoverRequest.type, { textDocument: { uri }, position: negative.range.start });
      expect((hover!.contents as { value: string }).value).toMatch(/\]\(https?:\/\/[^)]*no-negative-phrasing/u);
    }
  });
});
