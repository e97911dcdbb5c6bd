import { afterEach, describe, expect, it } from 'vitest';
import rpc from 'vscode-languageserver-protocol/node.js';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient, applyTextEdits } from '../scripts/lsp-client.js';

const reply = [
  'Hi Sam,',
  '',
  "I'm so sorry 😞 your order is late. You need to clear your cookies. Your package will arrive tomorrow.",
  'Just check your settings.',
  '',
  'Thanks,',
  'Ana',
].join('\n');
const apologyOnly = "Hi Sam,\n\nWe're so sorry your parcel is late.\n\nThanks,\nAna";

const codes = (diagnostics: Diagnostic[]): string[] => [...new Set(diagnostics.map((d) => String(d.code)))].sort();
let client: TestClient | undefined;
afterEach(async () => {
  await client?.shutdown();
  client = undefined;
});

describe('the language server over stdio', () => {
  it('diagnoses, re-diagnoses after an edit, fixes, and explains', async () => {
    client = new TestClient({ settings: { focusMode: 'off' } });
    const init = await client.initialize();
    expect(init.capabilities.hoverProvider).toBe(true);
    expect(init.capabilities.textDocumentSync).toMatchObject({ change: 2 });

    const uri = 'file:///replies/late.txt';
    const first = client.diagnostics(uri, (d) => d.length > 0);
    await client.open(uri, reply);
    const diagnostics = await first;
    expect(codes(diagnostics)).toEqual(['no-negative-phrasing', 'no-overpromise', 'no-unclear-instructions', 'require-closing-invitation']);
    // Opened during the warm-up, the reply was diagnosed all the same; the warm-up then finishes and says so.
    expect(await client.waitForLog(/warmed up/u)).toMatch(/^replylint: warmed up \(\d+ lints in \d+ ms\)$/u);

    const negative = diagnostics.find((d) => d.code === 'no-negative-phrasing')!;
    // "I'm so sorry 😞 your order is late. " is 36 UTF-16 code units: the emoji counts two.
    expect(negative.range).toEqual({ start: { line: 2, character: 36 }, end: { line: 2, character: 47 } });
    expect(negative).toMatchObject({ source: 'replylint', severity: 2, codeDescription: { href: expect.stringMatching(/no-negative-phrasing\.md$/u) } });
    // Only the rewrites travel with a diagnostic: the rule id is its code, the flagged text is at its range.
    expect(negative.data).toEqual({ expected: ['Please', "Let's", 'The next step is to'] });

    // Quick fixes: one per rewrite, the first preferred, then fix-all, dismiss, ignore everywhere and docs (no inline comment in plain text).
    const actions = (await client.connection.sendRequest(rpc.CodeActionRequest.type, {
      textDocument: { uri },
      range: negative.range,
      context: { diagnostics: [negative], only: ['quickfix'] },
    })) as CodeAction[];
    expect(actions.map((a) => a.title)).toEqual([
      'Replace with "Please"',
      'Replace with "Let\'s"',
      'Replace with "The next step is to"',
      'Fix all safe rewrites in this reply',
      'Dismiss this no-negative-phrasing report',
      'Ignore "You need to" everywhere (no-negative-phrasing)',
      'Open the documentation for no-negative-phrasing',
    ]);
    expect(actions[0]!.isPreferred).toBe(true);
    const fixedText = applyTextEdits(reply, actions[0]!.edit!.changes![uri]!);
    expect(fixedText).toContain('late. Please clear your cookies.');

    // Send the fix as an incremental change and get fresh diagnostics without that report.
    const second = client.diagnostics(uri, (d) => !d.some((x) => x.code === 'no-negative-phrasing'));
    await client.change(uri, 2, [{ range: negative.range, text: 'Please' }]);
    expect(codes(await second)).toEqual(['no-overpromise', 'no-unclear-instructions', 'require-closing-invitation']);

    // The apology with nothing behind it: edit the whole reply and see require-next-step.
    const third = client.diagnostics(uri, (d) => d.some((x) => x.code === 'require-next-step'));
    await client.change(uri, 3, [{ text: apologyOnly }]);
    expect(codes(await third)).toEqual(['require-closing-invitation', 'require-next-step']);

    // Hover on the flagged apology explains the rule.
    const hover = await client.connection.sendRequest(rpc.HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 5 } });
    const markdown = (hover!.contents as { value: string }).value;
    expect(markdown).toContain('`require-next-step`');
    expect(markdown).toContain('LATTE');
    expect(markdown).toContain('Instead of:');
    // The editor shows the diagnostic's message beside the hover: the hover does not repeat it.
    const nextStep = (await third).find((d) => d.code === 'require-next-step')!;
    expect(markdown).not.toContain(nextStep.message);

    // The docs action asks the client to open the rule's page.
    await client.connection.sendRequest(rpc.ExecuteCommandRequest.type, { command: 'replylint.openRuleDocumentation', arguments: ['https://example.com/doc'] });
    expect(client.shownDocuments).toEqual(['https://example.com/doc']);
  }, 90_000);

  it('offers fix-all as a source action, and dismissing a report leaves the reply untouched', async () => {
    client = new TestClient({ settings: { focusMode: 'off' } });
    await client.initialize();
    const uri = 'untitled:Untitled-1';
    const text = 'Hi Sam,\r\n\r\nYou need to restart. It will arrive tomorrow.\r\n\r\nBest,\r\nAna';
    const ready = client.diagnostics(uri, (d) => d.length > 0);
    await client.open(uri, text);
    const diagnostics = await ready;
    const fixAll = (await client.connection.sendRequest(rpc.CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    expect(fixAll.map((a) => a.kind)).toEqual(['source.fixAll.replylint']);
    expect(applyTextEdits(text, fixAll[0]!.edit!.changes![uri]!)).toBe(
      'Hi Sam,\r\n\r\nPlease restart. It should arrive tomorrow.\r\n\r\nPlease reach out if anything else comes up.\r\n\r\nBest,\r\nAna',
    );

    const overpromise = diagnostics.find((d) => d.code === 'no-overpromise')!;
    const actions = (await client.connection.sendRequest(rpc.CodeActionRequest.type, {
      textDocument: { uri },
      range: overpromise.range,
      context: { diagnostics: [overpromise] },
    })) as CodeAction[];
    // A plain-text draft is sent as it is: no action edits it to silence a report.
    expect(actions.filter((a) => a.kind === 'quickfix' && a.edit && a.isPreferred === undefined)).toEqual([]);
    const dismiss = actions.find((a) => a.title === 'Dismiss this no-overpromise report')!;
    const after = client.diagnostics(uri, (d) => !d.some((x) => x.code === 'no-overpromise'));
    await client.connection.sendRequest(rpc.ExecuteCommandRequest.type, dismiss.command!);
    expect(codes(await after)).toContain('no-negative-phrasing');
  });

  it('answers pull diagnostics for clients that ask', async () => {
    client = new TestClient({ pull: true, settings: { focusMode: 'off' } });
    const init = await client.initialize();
    expect(init.capabilities.diagnosticProvider).toMatchObject({ identifier: 'replylint' });
    const uri = 'file:///replies/pull.md';
    await client.open(uri, reply, 'markdown');
    const report = await client.connection.sendRequest(rpc.DocumentDiagnosticRequest.type, { textDocument: { uri } });
    expect(codes((report as { items: Diagnostic[] }).items)).toContain('no-overpromise');
  });

  it('holds back the sentence being typed in focus mode until the writer pauses', async () => {
    client = new TestClient({ settings: { focusMode: 'on', focusDelay: 600, debounce: 0 } });
    await client.initialize();
    const uri = 'file:///replies/typing.txt';
    const text = 'Hi Sam,\n\nThanks for writing. \n\nLet us know if you have any other questions.\n\nBest,\nAna';
    const opened = client.diagnostics(uri);
    await client.open(uri, text);
    await opened;
    const at = { line: 2, character: 20 };
    const typing = client.diagnostics(uri, () => true);
    const started = Date.now();
    await client.change(uri, 2, [{ range: { start: at, end: at }, text: 'You need to restart' }]);
    expect((await typing).map((d) => d.code)).toEqual([]);
    const shown = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'no-negative-phrasing'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    expect(shown.map((d) => d.code)).toContain('no-negative-phrasing');
  });

  it('lints only the configured languages, and survives hostile input', async () => {
    client = new TestClient({ settings: { focusMode: 'off', languages: ['plaintext'] } });
    await client.initialize();
    const md = 'file:///replies/skip.md';
    const skipped = client.diagnostics(md);
    await client.open(md, reply, 'markdown');
    expect(await skipped).toEqual([]);
    const weird = 'file:///replies/weird.txt';
    const hostile = `${'\u0000\u202e\ud800'.repeat(1000)}\n${'😀'.repeat(50_000)}\r\r\n${'word '.repeat(20_000)}`;
    const done = client.diagnostics(weird);
    await client.open(weird, hostile);
    await done;
    const uri = 'file:///replies/after.txt';
    const after = client.diagnostics(uri, (d) => d.length > 0);
    await client.open(uri, reply);
    expect((await after).length).toBeGreaterThan(0);
  });
});

describe('the language server on Arabic replies', () => {
  // Diacritics on the flagged words and an English product name before them: mixed directions, one logical order.
  const arabic = 'مرحبًا سارة،\n\nشكرًا لتواصلك بشأن تطبيق ShopApp. عَلَيْكَ التَّحَقُّق من رقم طلبك.\n\nمع خالص التحية،\nفريق الدعم';

  it('reports in Arabic, at exact UTF-16 positions, and its quick fix applies the Arabic rewrite', async () => {
    client = new TestClient({ settings: { focusMode: 'off' } });
    await client.initialize();
    const uri = 'file:///replies/arabic.txt';
    const first = client.diagnostics(uri, (d) => d.some((x) => x.code === 'no-negative-phrasing'));
    await client.open(uri, arabic);
    const negative = (await first).find((d) => d.code === 'no-negative-phrasing')!;
    const line = arabic.split('\n')[2]!;
    const start = line.indexOf('عَلَيْكَ');
    expect(negative.range).toEqual({ start: { line: 2, character: start }, end: { line: 2, character: start + 'عَلَيْكَ التَّحَقُّق'.length } });
    expect(negative.message).toContain('تُلقي العبء على العميل');
    const actions = (await client.connection.sendRequest(rpc.CodeActionRequest.type, {
      textDocument: { uri },
      range: negative.range,
      context: { diagnostics: [negative], only: ['quickfix'] },
    })) as CodeAction[];
    expect(actions[0]!.title).toBe('Replace with "دعنا نتحقق"');
    // The hover explains in Arabic, with the rule's Arabic example.
    const hover = (await client.connection.sendRequest(rpc.HoverRequest.type, { textDocument: { uri }, position: negative.range.start })) as { contents: { value: string } };
    expect(hover.contents.value).toContain('**إعادة الصياغة:** “دعنا نتحقق”');
    expect(hover.contents.value).toContain('بدلًا من: `عليك التحقق من رقم طلبك.`');
    expect(hover.contents.value).toContain('«خدمة العملاء 101»');
    expect(applyTextEdits(arabic, actions[0]!.edit!.changes![uri]!)).toContain('ShopApp. دعنا نتحقق من رقم طلبك.');
  });

  it('fixes and dismisses at its own range when a client sends the diagnostic back in byte columns (Neovim 0.7)', async () => {
    client = new TestClient({ settings: { focusMode: 'off' } });
    await client.initialize();
    const cases = [
      ['file:///replies/bytes.txt', 'Hi Zoe 😊,\n\nSo sorry 🙏 You need to fill in the form.\n\nBest,\nMax', 'no-negative-phrasing', 'You need to', 'So sorry 🙏 Please fill in the form.'],
      ['file:///replies/bytes-ar.txt', 'مرحبًا أحمد،\n\nشكرًا لتواصلك 🙏 حسنًا، سيصل طلبك غدًا.\n\nمع التحية،\nليلى', 'no-overpromise', 'سيصل', 'حسنًا، من المتوقع أن يصل طلبك غدًا.'],
    ] as const;
    for (const [uri, text, code, said, rewrite] of cases) {
      const first = client.diagnostics(uri, (d) => d.some((x) => x.code === code));
      await client.open(uri, text);
      const diagnostic = (await first).find((d) => d.code === code)!;
      const line = text.split('\n')[2]!;
      // A column as UTF-8 bytes, as Neovim 0.7 sends it back in the code action's context.
      const bytes = (character: number): number => Buffer.byteLength(line.slice(0, character), 'utf8');
      const shifted = { ...diagnostic, range: { start: { line: 2, character: bytes(diagnostic.range.start.character) }, end: { line: 2, character: bytes(diagnostic.range.end.character) } } };
      expect(shifted.range).not.toEqual(diagnostic.range);
      const actions = (await client.connection.sendRequest(rpc.CodeActionRequest.type, {
        textDocument: { uri },
        range: shifted.range,
        context: { diagnostics: [shifted], only: ['quickfix'] },
      })) as CodeAction[];
      expect(actions[0]!.edit!.changes![uri]![0]!.range).toEqual(diagnostic.range);
      expect(applyTextEdits(text, actions[0]!.edit!.changes![uri]!)).toContain(rewrite);
      const dismiss = actions.find((a) => a.title.startsWith('Dismiss'))!;
      expect(dismiss.command!.arguments).toEqual([uri, code, said]);
    }
  });

  it('reads the reply as the replyLanguage setting says', async () => {
    client = new TestClient({ settings: { focusMode: 'off', replyLanguage: 'en' } });
    await client.initialize();
    const uri = 'file:///replies/arabic-as-english.txt';
    const done = client.diagnostics(uri);
    await client.open(uri, arabic);
    expect((await done).map((d) => d.code)).not.toContain('no-negative-phrasing');
  });
});

describe('the language server and team config', () => {
  it('applies the config file the CLI would, reports a broken one on the file, and reloads on change', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { pathToFileURL } = await import('node:url');
    const dir = mkdtempSync(join(tmpdir(), 'replylint-lsp-config-'));
    const configPath = join(dir, '.replylintrc.json');
    writeFileSync(configPath, JSON.stringify({ rules: { 'no-overpromise': 'off' }, phrases: [{ phrase: 'ASAP', preferred: 'as soon as we can' }] }));
    const replyPath = join(dir, 'reply.txt');
    const text = 'Hi Sam,\n\nThanks! We will reply ASAP. Your parcel will arrive tomorrow.\n\nLet us know if you have any other questions.\n\nBest,\nAna';
    writeFileSync(replyPath, text);
    client = new TestClient({ settings: { focusMode: 'off' }, rootUri: pathToFileURL(dir).href });
    await client.initialize();
    const uri = pathToFileURL(replyPath).href;
    const first = client.diagnostics(uri, (d) => d.length > 0);
    await client.open(uri, text);
    expect(codes(await first)).toEqual(['team-phrases']);

    // A broken config: an error on the config file itself, and the reply falls back to the defaults.
    writeFileSync(configPath, '{ "rules": { "no-overpromise": "loud" } }');
    const configUri = pathToFileURL(configPath).href;
    const broken = client.diagnostics(configUri, (d) => d.length > 0);
    const fallback = client.diagnostics(uri, (d) => d.some((x) => x.code === 'no-overpromise'));
    await client.changedFiles([{ uri: configUri, type: 2 }]);
    expect((await broken)[0]!.message).toContain('rules.no-overpromise: must be one of');
    expect(codes(await fallback)).toEqual(['no-overpromise']);

    // Fixed again: the config's error clears and its settings apply.
    writeFileSync(configPath, JSON.stringify({ rules: { 'no-overpromise': 'off' } }));
    const cleared = client.diagnostics(configUri, (d) => d.length === 0);
    const clean = client.diagnostics(uri, (d) => d.length === 0);
    await client.changedFiles([{ uri: configUri, type: 2 }]);
    await cleared;
    await clean;
  });
});

describe('the bundled server in the .vsix', () => {
  it('runs on its own (no node_modules) and lints a file with a config lookup', async () => {
    const { copyFileSync, existsSync, mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { fileURLToPath, pathToFileURL } = await import('node:url');
    const built = fileURLToPath(new URL('../client/dist/server.js', import.meta.url));
    expect(existsSync(built), 'build the extension first: npm run package:vsix').toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'replylint-bundle-'));
    // Outside the repository no node_modules can stand in for what the bundle lacks.
    const bundle = join(dir, 'server.js');
    copyFileSync(built, bundle);
    writeFileSync(join(dir, '.replylintrc.json'), JSON.stringify({ rules: { 'require-closing-invitation': 'off' } }));
    client = new TestClient({ server: bundle, settings: { focusMode: 'off' }, rootUri: pathToFileURL(dir).href });
    await client.initialize();
    const uri = pathToFileURL(join(dir, 'reply.txt')).href;
    const ready = client.diagnostics(uri, (d) => d.length > 0);
    await client.open(uri, 'Hi Sam,\n\nYou need to restart.\n\nThanks,\nAna');
    expect(codes(await ready)).toEqual(['no-negative-phrasing']);
  });
});
