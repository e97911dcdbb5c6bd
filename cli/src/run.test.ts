import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, linkSync, lstatSync, rmSync, writeFileSync, readFileSync, statSync, symlinkSync, mkdirSync, readdirSync, utimesSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { cli, workspace } from '../test/helpers.js';
import { run, type JsonResult } from './index.js';
import { parseCsv } from './extract.js';
import { replyExtensions } from './files.js';
import { regexpFlagsFor, smallRunBytes } from './regexp-speed.js';

const bad = 'Hi Sam,\n\nYou need to clear your cookies.\n\nBest,\nAna\n';
const clean = "Hi Sam,\n\nI've refunded the charge. Please reach out if anything else comes up.\n\nThanks,\nAna\n";

describe('replylint CLI', () => {
  it('prints ESLint-shaped JSON with 1-based lines and UTF-16 columns', async () => {
    const { code, stdout } = await cli(['--stdin', '--stdin-filename', 'reply.txt', '--format', 'json'], { stdin: 'Hi 👋 Sam,\n\nThanks! You need to clear your cookies. Let us know if you have any other questions.\n\nBest,\nAna' });
    expect(code).toBe(0);
    const [result] = JSON.parse(stdout) as JsonResult[];
    expect(result!.filePath).toBe(join(process.cwd(), 'reply.txt'));
    expect(result!.warningCount).toBe(1);
    expect(result!.errorCount).toBe(0);
    const m = result!.messages[0]!;
    expect(m).toMatchObject({ ruleId: 'no-negative-phrasing', severity: 1, line: 3, column: 9, endLine: 3, endColumn: 20, actual: 'You need to', source: 'replylint' });
    // "Hi 👋 Sam," is 10 UTF-16 code units (the emoji is two), then two line breaks and "Thanks! ".
    expect(m.suggestions[0]).toEqual({ desc: 'Replace with "Please"', fix: { range: [20, 31], text: 'Please' } });
    expect(m.fix).toEqual({ range: [20, 31], text: 'Please' });
    expect(m.url).toMatch(/no-negative-phrasing\.md$/u);
  });

  it('lints folders recursively, skipping node_modules and dot-folders', async () => {
    const dir = workspace({ 'a/one.txt': bad, 'a/two.md': clean, 'node_modules/x.txt': bad, '.git/y.txt': bad, 'notes.json': '{}' });
    const { code, stdout } = await cli(['--format', 'json', '.'], { cwd: dir });
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as JsonResult[]).map((r) => relative(dir, r.filePath))).toEqual(['a/one.txt', 'a/two.md']);
  });

  it('expands globs', async () => {
    const dir = workspace({ 'replies/one.txt': bad, 'replies/two.txt': clean, 'other.txt': bad });
    const { stdout } = await cli(['--format', 'json', 'replies/*.txt'], { cwd: dir });
    expect((JSON.parse(stdout) as JsonResult[]).map((r) => relative(dir, r.filePath))).toEqual(['replies/one.txt', 'replies/two.txt']);
  });

  it('turns rules off and up with --rule, and exits 1 on errors', async () => {
    const off = await cli(['--stdin', '--format', 'json', '--rule', 'no-negative-phrasing=off'], { stdin: bad });
    expect((JSON.parse(off.stdout) as JsonResult[])[0]!.messages.map((m) => m.ruleId)).not.toContain('no-negative-phrasing');
    const error = await cli(['--stdin', '--rule', 'no-negative-phrasing=error'], { stdin: bad });
    expect(error.code).toBe(1);
    expect(error.stdout).toContain('error');
  });

  it('exits 1 with more warnings than --max-warnings, 0 within it', async () => {
    expect((await cli(['--stdin', '--max-warnings', '0'], { stdin: bad })).code).toBe(1);
    expect((await cli(['--stdin', '--max-warnings', '5'], { stdin: bad })).code).toBe(0);
    expect((await cli(['--stdin', '--max-warnings', '0'], { stdin: clean })).code).toBe(0);
    // Rules lowered to info never fail the run: info is not a warning.
    const info = ['no-negative-phrasing', 'require-closing-invitation', 'require-thanks'].flatMap((rule) => ['--rule', `${rule}=info`]);
    const lowered = await cli(['--stdin', '--format', 'json', '--max-warnings', '0', ...info], { stdin: bad });
    expect((JSON.parse(lowered.stdout) as JsonResult[])[0]!.messages.map((m) => m.ruleId)).toEqual(['no-negative-phrasing', 'require-closing-invitation', 'require-thanks']);
    expect(lowered.code).toBe(0);
  });

  it('applies --channel', async () => {
    const chat = await cli(['--stdin', '--format', 'json', '--channel', 'chat'], { stdin: 'Your order left the warehouse this morning.' });
    expect((JSON.parse(chat.stdout) as JsonResult[])[0]!.messages).toEqual([]);
  });

  it('sets the language with --language and per glob in the config, over detection', async () => {
    // More Latin letters than Arabic: detected as English, so the Arabic phrase goes unread.
    const mixed = 'Order ABCDEFGHIJ-1234567890 for Samantha Johnson, Riverside Warehouse:\n\nعليك التحقق من رقم طلبك.\n';
    const ids = (stdout: string): string[] => (JSON.parse(stdout) as JsonResult[]).flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(ids((await cli(['--stdin', '--format', 'json', '--rule', 'require-next-step=off'], { stdin: mixed })).stdout)).not.toContain('no-negative-phrasing');
    const forced = await cli(['--stdin', '--format', 'json', '--language', 'ar'], { stdin: mixed });
    expect(ids(forced.stdout)).toContain('no-negative-phrasing');
    const dir = workspace({
      '.replylintrc.json': JSON.stringify({ overrides: [{ files: 'ar/**', language: 'ar' }] }),
      'ar/reply.txt': mixed,
      'en/reply.txt': mixed,
    });
    const byFile = JSON.parse((await cli(['--format', 'json', '.'], { cwd: dir })).stdout) as JsonResult[];
    const arabic = byFile.find((r) => r.filePath.endsWith(join('ar', 'reply.txt')))!;
    const english = byFile.find((r) => r.filePath.endsWith(join('en', 'reply.txt')))!;
    expect(arabic.messages.map((m) => m.ruleId)).toContain('no-negative-phrasing');
    expect(english.messages.map((m) => m.ruleId)).not.toContain('no-negative-phrasing');
    // `auto` on the command line undoes the config's language.
    const auto = JSON.parse((await cli(['--format', 'json', '--language', 'auto', 'ar/reply.txt'], { cwd: dir })).stdout) as JsonResult[];
    expect(auto[0]!.messages.map((m) => m.ruleId)).not.toContain('no-negative-phrasing');
  });

  it.each([
    [['--format', 'xml', 'x.txt'], 'no format "xml": the built-in ones are stylish, json, sarif, github, junit'],
    [['--format', 'jsno', 'x.txt'], 'no format "jsno"; did you mean json?'],
    [['--fromat', 'json', 'x.txt'], 'unknown option --fromat; did you mean --format?'],
    [['--rule', 'no-overpromis=warn', 'x.txt'], 'unknown rule "no-overpromis"; did you mean no-overpromise?'],
    [['--format', './no-such-formatter.js', 'x.txt'], 'no such formatter file'],
    [['--rule', 'no-such-rule=warn', 'x.txt'], 'unknown rule "no-such-rule"'],
    [['--rule', 'no-overpromise', 'x.txt'], '--rule takes <id>=off|info|warn|error'],
    [['--max-warnings', 'many', 'x.txt'], '--max-warnings takes a whole number'],
    [['--channel', 'fax', 'x.txt'], '--channel must be one of email, chat, social'],
    [['--language', 'fr', 'x.txt'], '--language must be auto, en or ar'],
    [['--bogus'], 'unknown option --bogus'],
    [[], 'give files, folders or globs'],
  ])('exits 2 on a usage error: %j', async (args, problem) => {
    const { code, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stderr).toContain(problem);
  });

  it('names the file and the problem for bad input, lints the rest, and exits 2', async () => {
    const dir = workspace({
      'good.txt': bad,
      'binary.txt': new Uint8Array([0x48, 0x69, 0x00, 0x01, 0x02]),
      'latin1.txt': new Uint8Array([0x48, 0x69, 0x20, 0xe9, 0x74, 0xe9]),
      'empty.txt': '',
    });
    symlinkSync(join(dir, 'loop'), join(dir, 'loop'));
    const before = Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(join(dir, f))]));
    const { code, stdout, stderr } = await cli(['--format', 'json', '.', 'missing.txt', 'loop'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain('binary.txt: binary file');
    expect(stderr).toContain('latin1.txt: invalid UTF-8 at byte 3');
    expect(stderr).toContain('missing.txt: no such file or directory');
    expect(stderr).toContain('loop: symbolic link loop');
    const results = JSON.parse(stdout) as JsonResult[];
    expect(results.map((r) => relative(dir, r.filePath))).toEqual(['empty.txt', 'good.txt']);
    expect(results[0]!.messages).toEqual([]);
    for (const [f, content] of Object.entries(before)) expect(readFileSync(join(dir, f))).toEqual(content);
  });

  it('refuses a file over the size limit', async () => {
    const dir = workspace({ 'big.txt': 'a'.repeat(2 * 1024 * 1024) });
    const { code, stderr } = await cli(['--max-file-size', '1', 'big.txt'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain('big.txt: file is 2.0 MiB, over the 1 MiB limit');
  });

  it('reports an unreadable file', async () => {
    const dir = workspace({ 'secret.txt': bad });
    chmodSync(join(dir, 'secret.txt'), 0o000);
    if (process.getuid?.() !== 0) {
      const { code, stderr } = await cli(['secret.txt'], { cwd: dir });
      expect(code).toBe(2);
      expect(stderr).toContain('secret.txt: permission denied');
      return;
    }
    // Root reads any file, and CI runs as root: the built command runs as an unprivileged user instead (setpriv, from
    // util-linux, which every Debian has), so the permission is really denied.
    chmodSync(dir, 0o755);
    const bin = fileURLToPath(new URL('../bin/replylint.js', import.meta.url));
    const result = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, bin, 'secret.txt'], { cwd: dir, encoding: 'utf8' });
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('secret.txt: permission denied');
  });

  it('--fix applies only safe rewrites, atomically, and a second run finds nothing more to fix', async () => {
    const text = "Hi Sam,\r\n\r\nYou need to clear your cookies. Unfortunately, we can't refund it. Your parcel will arrive tomorrow.\r\n\r\nBest,\r\nAna\r\n";
    const dir = workspace({ 'reply.txt': text });
    const first = await cli(['--fix', '--format', 'json', 'reply.txt'], { cwd: dir });
    const after = readFileSync(join(dir, 'reply.txt'), 'utf8');
    expect(after).toBe(
      // After the no ("we can't refund it"), the invitation is to ask about it.
      "Hi Sam,\r\n\r\nPlease clear your cookies. Unfortunately, we can't refund it. Your parcel should arrive tomorrow.\r\n\r\nIf you have any questions about this, please reply to this email.\r\n\r\nBest,\r\nAna\r\n",
    );
    const remaining = (JSON.parse(first.stdout) as JsonResult[])[0]!.messages;
    expect(remaining.every((m) => m.fix === undefined)).toBe(true);
    await cli(['--fix', 'reply.txt'], { cwd: dir });
    expect(readFileSync(join(dir, 'reply.txt'), 'utf8')).toBe(after);
    expect(readdirSync(dir)).toEqual(['reply.txt']);
  });

  it('prints a readable stylish report', async () => {
    const oneProblem = 'Hi Sam,\n\nYou need to clear your cookies. Let us know if you have any other questions.\n\nThanks,\nAna\n';
    const { stdout } = await cli(['--stdin', '--stdin-filename', 'reply.txt'], { stdin: oneProblem });
    expect(stdout).toContain('reply.txt\n  3:1  warning  "You need to" puts the burden on the customer; invite them instead → "Please" or "Let\'s"  no-negative-phrasing');
    expect(stdout).toContain('✖ 1 problem (0 errors, 1 warning)');
    expect(stdout).not.toContain('\u001b[');
  });
});

describe('--report-unused-disable-directives', () => {
  const stale = 'Hi Sam,\n\n<!-- replylint-disable-next-line no-overpromise -->\nThanks for your patience. Let us know if anything else comes up.\n\nBest,\nAna\n';

  it('reports a suppression that silences nothing as an error, and --fix removes it', async () => {
    const dir = workspace({ 'reply.md': stale });
    expect((await cli(['reply.md'], { cwd: dir })).code).toBe(0);
    const { code, stdout } = await cli(['--report-unused-disable-directives', 'reply.md'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toContain('3:1  error    Unused replylint-disable directive (no-overpromise): it silences nothing here; remove it → remove  valid-suppression');
    await cli(['--report-unused-disable-directives', '--fix', 'reply.md'], { cwd: dir });
    expect(readFileSync(join(dir, 'reply.md'), 'utf8')).toBe(stale.replace('<!-- replylint-disable-next-line no-overpromise -->\n', ''));
  });

  it('takes a severity from the command line or the config, and refuses an unknown one', async () => {
    const dir = workspace({ 'reply.md': stale, '.replylintrc.json': '{ "reportUnusedDisableDirectives": "warn" }' });
    const fromConfig = await cli(['reply.md'], { cwd: dir });
    expect([fromConfig.code, fromConfig.stdout.includes('warning  Unused replylint-disable directive')]).toEqual([0, true]);
    const off = await cli(['--report-unused-disable-directives-severity', 'off', 'reply.md'], { cwd: dir });
    expect(off.stdout).not.toContain('Unused');
    const wrong = await cli(['--report-unused-disable-directives-severity', 'loud', 'reply.md'], { cwd: dir });
    expect([wrong.code, wrong.stderr]).toEqual([2, expect.stringContaining('must be off, info, warn or error; got "loud"')]);
  });
});

describe('--cache', () => {
  const when = new Date('2024-01-01T00:00:00Z');
  const results = (stdout: string): JsonResult[] => JSON.parse(stdout) as JsonResult[];

  it('reuses results for unchanged files and relints a changed one', async () => {
    const dir = workspace({ 'a.txt': bad, 'b.txt': clean });
    utimesSync(join(dir, 'a.txt'), when, when);
    const first = await cli(['--cache', '--format', 'json', '.'], { cwd: dir });
    expect(readdirSync(dir)).toContain('.replylintcache');
    const second = await cli(['--cache', '--format', 'json', '.'], { cwd: dir });
    expect(second.stdout).toBe(first.stdout);
    // Other words of the same size at the same time: the cache answers with what it kept.
    writeFileSync(join(dir, 'a.txt'), bad.replace('clear your cookies', 'reset your routers'));
    utimesSync(join(dir, 'a.txt'), when, when);
    expect((await cli(['--cache', '--format', 'json', '.'], { cwd: dir })).stdout).toBe(first.stdout);
    writeFileSync(join(dir, 'a.txt'), `${bad}\nYou must reply.\n`);
    const changed = results((await cli(['--cache', '--format', 'json', '.'], { cwd: dir })).stdout);
    expect(changed[0]!.messages.length).toBeGreaterThan(results(first.stdout)[0]!.messages.length);
  });

  it("a cache changed outside replylint, or of the wrong shape, is ignored with a warning and never replaces a file's reports", async () => {
    const dir = workspace({ 'a.txt': bad });
    const expected = (await cli(['--format', 'json', 'a.txt'], { cwd: dir })).stdout;
    const cachePath = join(dir, '.replylintcache');
    const fresh = async (): Promise<string> => {
      rmSync(cachePath, { force: true });
      await cli(['--cache', 'a.txt'], { cwd: dir });
      return readFileSync(cachePath, 'utf8');
    };
    const cache = JSON.parse(await fresh()) as { version: string; checksum: string; entries: string };
    const entries = JSON.parse(cache.entries) as Record<string, { done: { results: Array<{ messages: unknown[] }> } }>;
    const key = Object.keys(entries)[0]!;
    const silenced = structuredClone(entries);
    silenced[key]!.done.results[0]!.messages = [];
    const misshapen = structuredClone(entries);
    misshapen[key]!.done.results[0]!.messages = [{ ruleId: 'no-negative-phrasing' }];
    const digest = (text: string): string => createHash('sha256').update(text).digest('hex');
    const cases: Array<[string, string]> = [
      [JSON.stringify({ ...cache, entries: JSON.stringify(silenced) }), 'was changed outside replylint or is damaged; ignored'],
      [JSON.stringify({ ...cache, entries: JSON.stringify(misshapen), checksum: digest(JSON.stringify(misshapen)) }), 'does not hold results of this shape; ignored'],
      [JSON.stringify({ version: cache.version, entries: 5 }), 'was changed outside replylint or is damaged; ignored'],
      [JSON.stringify([1, 2]), 'is not a replylint cache; ignored'],
      ['{"version": ', 'is not valid JSON; ignored'],
    ];
    for (const [content, warning] of cases) {
      await fresh();
      writeFileSync(cachePath, content);
      utimesSync(join(dir, 'a.txt'), when, when);
      const run = await cli(['--cache', '--format', 'json', 'a.txt'], { cwd: dir });
      expect(run.stderr).toContain(`replylint: warning: the cache ${cachePath} ${warning}`);
      expect(run.stdout).toBe(expected);
    }
  });

  it('gives the same checklist positions from the cache as from a fresh lint, for a file with a byte-order mark', async () => {
    const dir = workspace({ 'a.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(clean)]) });
    const first = await cli(['--cache', '--format', 'json', 'a.txt'], { cwd: dir });
    const second = await cli(['--cache', '--format', 'json', 'a.txt'], { cwd: dir });
    const signOff = results(first.stdout)[0]!.checklist.find((item) => item.part === 'signOff');
    expect(signOff).toMatchObject({ line: 5, column: 1 });
    expect(second.stdout).toBe(first.stdout);
  });

  it.each([
    ['onto a folder', (dir: string) => (mkdirSync(join(dir, 'cache-folder')), 'cache-folder')],
    ['into a missing folder', () => join('missing', 'deeper', 'cache')],
    ['under a file', () => join('a.txt', 'cache')],
  ])('--cache %s warns, lints all the same and leaves no temporary file', async (_name, location) => {
    const dir = workspace({ 'a.txt': bad });
    const { code, stdout, stderr } = await cli(['--cache', '--cache-location', location(dir), '--format', 'json', 'a.txt'], { cwd: dir });
    expect(code).toBe(0);
    expect(results(stdout)[0]!.messages.length).toBeGreaterThan(0);
    expect(stderr).toMatch(/replylint: warning: cannot write the cache .*; the results were not cached/u);
    expect(readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.tmp'))).toEqual([]);
  });
});

describe('replylint report', () => {
  it('writes the scores as CSV, one row per reply, with per-rule counts and the checklist', async () => {
    const dir = workspace({ 'alice/a.txt': bad, 'bob/b.txt': clean });
    const { code, stdout } = await cli(['report', '--format', 'csv', '--out', 'scores.csv', '.'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toContain('Wrote scores.csv: 2 replies');
    const [header, ...rows] = readFileSync(join(dir, 'scores.csv'), 'utf8').trim().split('\n');
    expect(header!.split(',').slice(0, 5)).toEqual(['file', 'reply', 'group', 'score', 'problems']);
    expect(header).toContain('no-negative-phrasing');
    expect(header).toContain('closingInvitation');
    expect(rows.map((r) => r.split(',').slice(0, 3))).toEqual([['alice/a.txt', '', 'alice'], ['bob/b.txt', '', 'bob']]);
    const negative = header!.split(',').indexOf('no-negative-phrasing');
    expect(rows[0]!.split(',')[negative]).toBe('1');
  });

  it('groups by a --group-by pattern', async () => {
    const dir = workspace({ 'team-a-1.txt': bad, 'team-b-2.txt': clean });
    await cli(['report', '--format', 'csv', '--group-by', '^(team-\\w)', '.'], { cwd: dir });
    const rows = readFileSync(join(dir, 'report.csv'), 'utf8').trim().split('\n').slice(1);
    expect(rows.map((r) => r.split(',')[2])).toEqual(['team-a', 'team-b']);
  });
});

describe('symbolic links that lead out of the tree', () => {
  // A checkout token in .git/config, worded so that rules would quote it if the file were linted.
  const secret = '[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0LXRva2Vu\nYou need to keep this. It will arrive tomorrow.\n';

  it('are skipped with a note, and their text is never quoted in any format', async () => {
    const dir = workspace({ '.git/config': secret, 'node_modules/pkg/notes.txt': secret, 'replies/hello.txt': bad });
    symlinkSync('../.git/config', join(dir, 'replies', 'welcome.txt'));
    symlinkSync('../node_modules/pkg/notes.txt', join(dir, 'replies', 'notes.txt'));
    for (const paths of [['replies'], ['.'], ['replies/welcome.txt'], ['replies/*.txt']]) {
      for (const format of ['stylish', 'json', 'sarif', 'github', 'junit']) {
        const { stdout, stderr } = await cli(['--format', format, ...paths], { cwd: dir });
        expect(stdout + stderr).not.toMatch(/c2VjcmV0|keep this|extraheader/u);
        expect(stderr).toContain(`${join('replies', 'welcome.txt')}: a symbolic link`);
        if (!paths[0]!.endsWith('welcome.txt')) expect(stderr).toContain(`${join('replies', 'notes.txt')}: a symbolic link`);
      }
    }
    for (const format of ['html', 'csv']) {
      const report = await cli(['report', '--format', format, '--out', `report.${format}`, 'replies'], { cwd: dir });
      expect(report.stderr).toContain('skipped');
      expect(readFileSync(join(dir, `report.${format}`), 'utf8')).not.toMatch(/c2VjcmV0|keep this|extraheader/u);
    }
    const fixed = await cli(['--fix', 'replies'], { cwd: dir });
    expect(fixed.stderr).toContain('skipped');
    expect(readFileSync(join(dir, '.git/config'), 'utf8')).toBe(secret);
  });

  it('a linked folder that points outside is not entered, so --fix never writes there', async () => {
    const outside = workspace({ 'other.txt': bad });
    const dir = workspace({ 'replies/hello.txt': bad });
    symlinkSync(outside, join(dir, 'replies', 'shared'));
    const { code, stderr } = await cli(['--fix', '.'], { cwd: dir });
    expect(code).toBe(0);
    expect(stderr).toContain(`replylint: note: ${join('replies', 'shared')}: a symbolic link to a folder outside the folder being linted`);
    expect(readFileSync(join(outside, 'other.txt'), 'utf8')).toBe(bad);
    expect(readFileSync(join(dir, 'replies', 'hello.txt'), 'utf8')).not.toBe(bad);
  });
});

describe('--fix keeps what it does not mean to change', () => {
  const fixable = 'Hi Sam,\n\nYou need to restart. Please reach out if anything else comes up.\n\nThanks,\nAna\n';
  // The invitation after the burden opens with "Please": the burden's rewrite does not say it twice in a row.
  const fixedText = 'Hi Sam,\n\nThe next step is to restart. Please reach out if anything else comes up.\n\nThanks,\nAna\n';

  it('writes through a link inside the tree: the target changes, the link stays a link', async () => {
    const dir = workspace({ 'replies/real.txt': fixable });
    symlinkSync('real.txt', join(dir, 'replies', 'alias.txt'));
    await cli(['--fix', 'replies/alias.txt'], { cwd: dir });
    expect(lstatSync(join(dir, 'replies', 'alias.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'replies', 'real.txt'), 'utf8')).toBe(fixedText);
  });

  it('keeps the mode, whatever the umask, and the owner', async () => {
    const dir = workspace({ 'reply.txt': fixable });
    const file = join(dir, 'reply.txt');
    chmodSync(file, 0o664);
    const owner = process.getuid?.() === 0 ? { uid: 4321, gid: 4321 } : undefined;
    if (owner) chownSync(file, owner.uid, owner.gid);
    // Worker threads cannot set the umask (Stryker runs vitest in threads): there the file is written under the current one.
    const umask = isMainThread ? process.umask(0o077) : undefined;
    try {
      await cli(['--fix', 'reply.txt'], { cwd: dir });
    } finally {
      if (umask !== undefined) process.umask(umask);
    }
    expect(readFileSync(file, 'utf8')).toBe(fixedText);
    expect(statSync(file).mode & 0o777).toBe(0o664);
    if (owner) expect(statSync(file)).toMatchObject(owner);
  });

  it('refuses a hard-linked file, and a read-only one, with a message, leaving them as they were', async () => {
    const dir = workspace({ 'linked.txt': fixable, 'locked.txt': fixable });
    linkSync(join(dir, 'linked.txt'), join(dir, 'other-name.txt'));
    chmodSync(join(dir, 'locked.txt'), 0o444);
    const { code, stdout, stderr } = await cli(['--fix', '--format', 'json', 'linked.txt', 'locked.txt'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain('linked.txt: has 2 hard links, which a rewrite would split; not rewritten');
    expect(stderr).toContain('locked.txt: read-only; not rewritten');
    for (const name of ['linked.txt', 'other-name.txt', 'locked.txt']) expect(readFileSync(join(dir, name), 'utf8')).toBe(fixable);
    expect(statSync(join(dir, 'locked.txt')).mode & 0o777).toBe(0o444);
    // The reports are about the files as they are: the fix is still offered.
    expect((JSON.parse(stdout) as JsonResult[]).map((r) => r.fixableWarningCount)).toEqual([1, 1]);
    expect(readdirSync(dir).sort()).toEqual(['linked.txt', 'locked.txt', 'other-name.txt']);
  });
});

describe('--fix and the byte-order mark', () => {
  it('keeps a UTF-8 BOM', async () => {
    const dir = workspace({ 'reply.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Hi Sam,\n\nYou need to restart. Please reach out if anything else comes up.\n\nThanks,\nAna\n')]) });
    await cli(['--fix', 'reply.txt'], { cwd: dir });
    const after = readFileSync(join(dir, 'reply.txt'));
    expect([...after.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(after.subarray(3).toString('utf8')).toBe('Hi Sam,\n\nThe next step is to restart. Please reach out if anything else comes up.\n\nThanks,\nAna\n');
  });
});

describe('-o and --out', () => {
  it('create the folders a report goes into', async () => {
    const dir = workspace({ 'a.txt': bad });
    expect((await cli(['--format', 'json', '-o', join('out', 'deep', 'lint.json'), 'a.txt'], { cwd: dir })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'deep', 'lint.json'), 'utf8'))).toHaveLength(1);
    expect((await cli(['report', '--out', join('reports', 'today', 'r.html'), 'a.txt'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'reports', 'today', 'r.html'), 'utf8')).toContain('<!doctype html>');
  });

  it('say clearly when a report cannot be written, with no stack trace', async () => {
    const dir = workspace({ 'a.txt': bad });
    const lint = await cli(['-o', join('a.txt', 'lint.txt'), 'a.txt'], { cwd: dir });
    expect(lint).toMatchObject({ code: 2, stderr: `replylint: cannot write the report to ${join('a.txt', 'lint.txt')}: a file stands where a folder of its path should be\n` });
    const report = await cli(['report', '--out', '.', 'a.txt'], { cwd: dir });
    expect(report).toMatchObject({ code: 2, stderr: 'replylint report: cannot write the report to .: it is a folder\n' });
  });
});

describe('report --format csv', () => {
  it('keeps cells that start like a formula as text', async () => {
    const dir = workspace({
      '.replylintrc.json': JSON.stringify({ replies: { path: 'replies' } }),
      'macros.json': JSON.stringify({ replies: [{ title: '=HYPERLINK("http://evil.example","x")', text: bad }, { title: '+1+cmd|calc', text: bad }, { title: '-2', text: bad }, { title: '@SUM(A1)', text: bad }] }),
      '=1+1.txt': bad,
    });
    await cli(['report', '--format', 'csv', '--out', 'scores.csv', '.'], { cwd: dir });
    const rows = parseCsv(readFileSync(join(dir, 'scores.csv'), 'utf8')).slice(1);
    expect(rows.map((row) => [row[0]!.value, row[1]!.value])).toEqual([
      ["'=1+1.txt", ''],
      ['macros.json', '\'=HYPERLINK("http://evil.example","x")'],
      ['macros.json', "'+1+cmd|calc"],
      ['macros.json', "'-2"],
      ['macros.json', "'@SUM(A1)"],
    ]);
  });
});

describe('--format sarif', () => {
  it('percent-encodes file names in artifact URIs', async () => {
    const dir = workspace({ 'odd/a#b?c%20d e.txt': bad });
    const log = JSON.parse((await cli(['--format', 'sarif', '.'], { cwd: dir })).stdout) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }> }> }> };
    const location = log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation;
    expect(location).toEqual({ uri: 'odd/a%23b%3Fc%2520d%20e.txt', uriBaseId: '%SRCROOT%' });
    expect(new URL(location.uri, 'file:///repo/').pathname).toBe('/repo/odd/a%23b%3Fc%2520d%20e.txt');
    expect(decodeURIComponent(new URL(location.uri, 'file:///repo/').pathname)).toBe('/repo/odd/a#b?c%20d e.txt');
  });
});

describe('replies inside exports', () => {
  it('give checklist lines and columns in the file, as messages do', async () => {
    const content = JSON.stringify({ macros: [{ title: 'Refund', actions: [{ field: 'comment_value', value: clean }] }] }, null, 2);
    const dir = workspace({ 'macros.json': content });
    const [result] = JSON.parse((await cli(['--format', 'json', 'macros.json'], { cwd: dir })).stdout) as JsonResult[];
    const where = (needle: string): { line: number; column: number } => {
      const offset = content.indexOf(needle);
      const before = content.slice(0, offset).split('\n');
      return { line: before.length, column: before.at(-1)!.length + 1 };
    };
    expect(result!.checklist.find((item) => item.part === 'greeting')).toMatchObject(where('Hi Sam,'));
    expect(result!.checklist.find((item) => item.part === 'signOff')).toMatchObject(where('Thanks,'));
  });
});

describe('config lookup', () => {
  it('passes over a package.json that is not JSON, in a folder above the project, with a warning', async () => {
    const outer = workspace({ 'package.json': '{ "name": "someone else\'s", ', 'project/reply.txt': bad });
    const { code, stdout, stderr } = await cli(['--format', 'json', 'reply.txt'], { cwd: join(outer, 'project') });
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as JsonResult[])[0]!.messages.length).toBeGreaterThan(0);
    expect(stderr).toMatch(/^replylint: warning: \.\.\/package\.json:1:\d+: invalid JSON: .*; this package\.json was passed over in the search for a config\n$/u);
  });

  it('still stops at a package.json whose replylint settings are wrong', async () => {
    const dir = workspace({ 'package.json': JSON.stringify({ replylint: { extends: 'lenient' } }), 'reply.txt': bad });
    const { code, stderr } = await cli(['reply.txt'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/invalid config package\.json:\d+:\d+: extends: must be one of/u);
  });
});

describe('YAML replies given as aliases', () => {
  const yaml = [
    'snippets:',
    '  late: &late "Hi Sam,\\n\\nYou need to restart the router.\\n\\nThanks,\\nAna"',
    '  title: &title Late order',
    'replies:',
    '  - "Hi Bo,\\n\\nYou need to log in again.\\n\\nThanks,\\nAna"',
    '  - title: *title',
    '    text: *late',
    '  - *late',
    '',
  ].join('\n');

  it('are linted at their anchor, once however many aliases name it, and --fix rewrites the anchor', async () => {
    const dir = workspace({ '.replylintrc.json': JSON.stringify({ replies: { path: 'replies' } }), 'macros.yaml': yaml });
    const results = JSON.parse((await cli(['--format', 'json', 'macros.yaml'], { cwd: dir })).stdout) as JsonResult[];
    expect(results.map((r) => r.reply)).toEqual(['replies[0]', 'Late order']);
    expect(results[1]!.messages.find((m) => m.ruleId === 'no-negative-phrasing')).toMatchObject({ line: 2, column: 27 });
    await cli(['--fix', 'macros.yaml'], { cwd: dir });
    const fixed = readFileSync(join(dir, 'macros.yaml'), 'utf8');
    // After a sentence that opens with "Please", the invitation does not open with it again (#16).
    const invitation = '\\n\\nLet us know if you have any other questions.';
    expect(fixed).toBe(yaml.replace('You need to restart the router.', `Please restart the router.${invitation}`).replace('You need to log in again.', `Please log in again.${invitation}`));
  });
});

describe('a JSON or YAML file that is one reply (an osTicket template: subject and body)', () => {
  const template = ['---', '# Sent to a user when a new ticket is created', 'subject: |', '  Support ticket opened', 'body: |', '  Hi Sam,', '', '  You need to clear your cookies.', '', '  Best,', '  Ana', ''].join('\n');

  it('is linted with "replies.text" alone, named by its title key, positions in the file, and fixed in place', async () => {
    const dir = workspace({ '.replylintrc.yaml': 'replies:\n  text: body\n  title: subject\n', 'email/ticket.autoresp.yaml': template, 'other.json': JSON.stringify({ subject: 'Refund', body: bad }) });
    const { stdout } = await cli(['--format', 'json', '.'], { cwd: dir });
    const results = JSON.parse(stdout) as JsonResult[];
    expect(results.map((r) => [relative(dir, r.filePath), r.reply])).toEqual([
      ['email/ticket.autoresp.yaml', 'Support ticket opened'],
      ['other.json', 'Refund'],
    ]);
    expect(results[0]!.messages.find((m) => m.ruleId === 'no-negative-phrasing')).toMatchObject({ line: 8, column: 3, endLine: 8, endColumn: 14 });
    await cli(['--fix', 'email/ticket.autoresp.yaml'], { cwd: dir });
    expect(readFileSync(join(dir, 'email/ticket.autoresp.yaml'), 'utf8')).toContain('Please clear your cookies.');
    expect(readFileSync(join(dir, 'email/ticket.autoresp.yaml'), 'utf8')).toContain('subject: |\n  Support ticket opened\n');
  });

  it('is named by the text key without a title, and a file whose top level is a list, or without the key, is an input error', async () => {
    const dir = workspace({ '.replylintrc.json': JSON.stringify({ replies: { text: 'body' } }), 'one.yaml': 'body: "Hi Sam,\\n\\nThanks, your refund is done.\\n\\nBest,\\nAna"\n', 'list.yaml': '- body: hi\n', 'none.json': '{"text": "hi"}' });
    expect(JSON.parse((await cli(['--format', 'json', 'one.yaml'], { cwd: dir })).stdout)[0].reply).toBe('body');
    const list = await cli(['list.yaml'], { cwd: dir });
    expect(list.code).toBe(2);
    expect(list.stderr).toContain('list.yaml: "replies.text" without "replies.path" reads the file as one reply');
    expect(list.stderr).toContain('for a list at the top level, set "replies.path" to "."');
    // As the message says: the same list with "." as its path is read.
    writeFileSync(join(dir, '.replylintrc.json'), JSON.stringify({ replies: { path: '.', text: 'body' } }));
    const read = await cli(['--format', 'json', 'list.yaml'], { cwd: dir });
    expect(read.code, read.stderr).toBe(0);
    expect((JSON.parse(read.stdout) as JsonResult[]).map((r) => r.reply)).toEqual(['[0]']);
    writeFileSync(join(dir, '.replylintrc.json'), JSON.stringify({ replies: { text: 'body' } }));
    const none = await cli(['none.json'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('none.json: no key "body" (replies.text) in this file');
  });

  it('names in --help every extension it lints', async () => {
    const { stdout } = await cli(['--help']);
    for (const extension of [...replyExtensions]) expect(stdout, extension).toContain(extension);
  });

  it("reads the nearest config alone: a subfolder's config replaces the one above it, as the README says", async () => {
    const dir = workspace({
      '.replylintrc.yaml': 'phrases:\n  - phrase: ASAP\n    preferred: as soon as we can\n',
      'email/reply.txt': 'Hi Sam,\n\nWe will fix it ASAP. Let us know if you have any other questions.\n\nBest,\nAna\n',
      'chat/.replylintrc.yaml': 'channel: chat\n',
      'chat/reply.txt': 'Hi Sam,\n\nWe will fix it ASAP. Let us know if you have any other questions.\n\nBest,\nAna\n',
    });
    const results = JSON.parse((await cli(['--format', 'json', 'email/reply.txt', 'chat/reply.txt'], { cwd: dir })).stdout) as JsonResult[];
    const phrases = results.map((r) => r.messages.filter((m) => m.ruleId === 'team-phrases').length);
    expect(phrases).toEqual([1, 0]);
  });

  it('is an input error where no item of a list has the text key: a mistyped key does not pass unlinted', async () => {
    const dir = workspace({
      '.replylintrc.json': JSON.stringify({ replies: { path: '.', text: 'bdy', title: 'name' } }),
      'list.json': JSON.stringify([{ name: 'a', body: 'Hi Ann,\n\nYou need to restart. XXX' }]),
      'list.yaml': '- name: a\n  body: You need to restart.\n',
      'nested.json': JSON.stringify({ tickets: [{ name: 'a', body: 'Hi' }] }),
      'empty.json': '[]',
    });
    for (const file of ['list.json', 'list.yaml', 'nested.json']) {
      const run = await cli([file], { cwd: dir });
      expect(run.code, file).toBe(2);
      expect(run.stderr).toContain(`${file}: no item of "." (replies.path) has the key "bdy" (replies.text)`);
    }
    // An empty list has nothing to lint, and says nothing wrong.
    expect((await cli(['empty.json'], { cwd: dir })).code).toBe(0);
  });
});

describe('file names and titles on the terminal', () => {
  it('are printed with their control characters escaped', async () => {
    const name = '\u001b[2K\r\u001b[32mALL CLEAN.txt';
    const dir = workspace({
      [name]: bad,
      '.replylintrc.json': JSON.stringify({ replies: { path: 'replies' } }),
      'macros.json': JSON.stringify({ replies: [{ title: 'Refund\u001b]8;;http://evil.example\u0007', text: bad }] }),
      'broken\u001b[8m.json': '{',
    });
    const { stdout, stderr } = await cli(['.'], { cwd: dir });
    expect(stderr).toContain('replylint: broken\\x1b[8m.json: invalid JSON');
    expect(stdout + stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/u);
    expect(stdout).toContain('\\x1b[2K\\x0d\\x1b[32mALL CLEAN.txt\n');
    expect(stdout).toContain('macros.json › Refund\\x1b]8;;http://evil.example\\x07\n');
    const dryRun = await cli(['--fix-dry-run', name], { cwd: dir });
    expect(dryRun.stdout).toContain('--- a/\\x1b[2K\\x0d\\x1b[32mALL CLEAN.txt\n');
  });
});

describe('UTF-16 files', () => {
  const utf16 = (text: string, order: 'le' | 'be'): Buffer => {
    const bytes = Buffer.from(`\ufeff${text}`, 'utf16le');
    return order === 'le' ? bytes : bytes.swap16();
  };

  it.each(['le', 'be'] as const)('with a byte-order mark (%s) are linted, and --fix writes them back as UTF-16', async (order) => {
    const dir = workspace({ 'reply.txt': utf16(bad, order) });
    const { stdout, stderr } = await cli(['--format', 'json', 'reply.txt'], { cwd: dir });
    expect(stderr).toBe('');
    const expected = JSON.parse((await cli(['--format', 'json', '--stdin', '--stdin-filename', 'reply.txt'], { stdin: bad, cwd: dir })).stdout) as JsonResult[];
    expect(JSON.parse(stdout)).toEqual(expected);
    await cli(['--fix', 'reply.txt'], { cwd: dir });
    const fixed = readFileSync(join(dir, 'reply.txt'));
    expect(fixed.subarray(0, 2)).toEqual(utf16('', order));
    expect(fixed).toEqual(utf16('Hi Sam,\n\nPlease clear your cookies.\n\nLet us know if you have any other questions.\n\nBest,\nAna\n', order));
  });

  it('UTF-32 is named as such, not called binary', async () => {
    const dir = workspace({ 'reply.txt': Buffer.from([0xff, 0xfe, 0, 0, 0x48, 0, 0, 0]) });
    const { code, stderr } = await cli(['reply.txt'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe('replylint: reply.txt: UTF-32 text, not UTF-8; save the file as UTF-8\n');
  });
});

describe('a file name that is not UTF-8', () => {
  it('is named as such, not "no such file"', async () => {
    const dir = workspace({ 'ok.txt': clean });
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]), bad);
    const { code, stderr } = await cli(['.'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe('replylint: caf\ufffd.txt: its name is not valid UTF-8, so it cannot be opened by name; rename it to lint it\n');
  });
});

describe('config errors say where (issue #17)', () => {
  it.each([
    ['.replylintrc.json', '{\n  "rules": {\n    "require-thanks": "error",\n  }\n}\n', '.replylintrc.json:4:3: invalid JSON: a trailing comma (JSON allows no comma before } or ])'],
    ['.replylintrc.json', '{\n  // the team channel\n  "channel": "chat"\n}\n', '.replylintrc.json:2:3: invalid JSON: comments are not allowed in a JSON config (use .replylintrc.yaml for comments)'],
    ['.replylintrc.yaml', 'rules:\n  require-thanks: error\nchannel email\n  x: 1\n', '.replylintrc.yaml:3:1: invalid YAML: Implicit keys need to be on a single line\n'],
    ['.replylintrc.yaml', 'channel: chat\nrules:\n  require-thanks: loud\n', '.replylintrc.yaml:3:3: rules.require-thanks: must be one of'],
    ['.replylintrc.json', '{\n  "rules": {\n    "no-overpromis": "warn"\n  }\n}\n', '.replylintrc.json:3:5: rules.no-overpromis: is not a known setting (no such rule); did you mean no-overpromise?'],
    ['.replylintrc.yaml', 'overrides:\n  - files: x\n    templat: true\n', '.replylintrc.yaml:3:5: overrides.0.templat: is not a known setting; did you mean template?'],
  ])('%s %j → %s', async (file, content, message) => {
    const dir = workspace({ [file]: content, 'a.txt': bad });
    const { code, stderr } = await cli(['a.txt'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain(`replylint: invalid config ${message}`);
  });
});

describe('stand-ins in exports and templates (issue #17)', () => {
  const reply = 'Hi [Customer Name],\n\nI have refunded {{ticket.amount}} for <PROJECT NAME>. Please reach out if anything else comes up.\n\nThanks,\nXXX';
  const standIns = ['[Customer Name]', '<PROJECT NAME>', 'XXX'];
  const reported = (results: JsonResult[]) => results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'no-unfilled-placeholder').map((m) => m.actual));

  it('are reported in a CSV export, a JSON export and a template, while the helpdesk placeholder stays quiet', async () => {
    const csv = `title,text\nRefund,"${reply.replaceAll('"', '""')}"\n`;
    const zendesk = JSON.stringify({ macros: [{ title: 'Refund', actions: [{ field: 'comment_value', value: reply }] }] });
    const dir = workspace({ 'export.csv': csv, 'macros.json': zendesk, 'refund.liquid': reply, 'reply.txt': reply });
    for (const file of ['export.csv', 'macros.json', 'refund.liquid']) {
      const { stdout } = await cli(['--format', 'json', file], { cwd: dir });
      expect(reported(JSON.parse(stdout) as JsonResult[]), file).toEqual(standIns);
    }
    // A plain reply is no template: its helpdesk placeholder is reported too.
    const plain = reported(JSON.parse((await cli(['--format', 'json', 'reply.txt'], { cwd: dir })).stdout) as JsonResult[]);
    expect(plain).toEqual(['[Customer Name]', '{{ticket.amount}}', '<PROJECT NAME>', 'XXX']);
  });

  it('a reply full of helpdesk placeholders, not marked as a template, is told how to mark it', async () => {
    const dir = workspace({ 'macro.md': 'Hi {{ticket.requester.first_name}},\n\nI have refunded {{ticket.amount}}. Please reach out if anything else comes up.\n\nThanks,\n{{current_user.name}}\n' });
    const [result] = JSON.parse((await cli(['--format', 'json', 'macro.md'], { cwd: dir })).stdout) as JsonResult[];
    for (const m of result!.messages.filter((m) => m.ruleId === 'no-unfilled-placeholder')) expect(m.message).toContain('"template: true" in the config, or --template');
    const marked = JSON.parse((await cli(['--format', 'json', '--template', 'macro.md'], { cwd: dir })).stdout) as JsonResult[];
    expect(reported(marked)).toEqual([]);
  });
});

describe('shareable configs (extends: a package in node_modules, issue #17)', () => {
  const reply = 'Hi Sam,\n\nWe will fix it ASAP.\n\nBest,\nAna\n';
  it('reads a package\'s "replylint" key, or its YAML file, as data under the config\'s own settings', async () => {
    const shares: Array<Record<string, string>> = [
      { 'node_modules/@acme/replylint-config/package.json': JSON.stringify({ name: '@acme/replylint-config', replylint: { extends: 'strict', channel: 'chat', phrases: [{ phrase: 'ASAP', preferred: 'as soon as we can' }] } }) },
      {
        'node_modules/@acme/replylint-config/package.json': JSON.stringify({ name: '@acme/replylint-config' }),
        'node_modules/@acme/replylint-config/replylint.yaml': 'extends: strict\nchannel: chat\nphrases:\n  - phrase: ASAP\n    preferred: as soon as we can\n',
      },
    ];
    for (const shared of shares) {
      const dir = workspace({ ...shared, 'replies/.replylintrc.yaml': 'extends: "@acme/replylint-config"\nrules:\n  no-negative-phrasing: "off"\n', 'replies/a.txt': reply });
      const { code, stdout } = await cli(['--format', 'json', 'replies/a.txt'], { cwd: dir });
      const [result] = JSON.parse(stdout) as JsonResult[];
      expect(result!.messages.map((m) => `${m.ruleId} ${m.severity} ${m.actual}`)).toEqual(['team-phrases 2 ASAP']);
      expect(code).toBe(1);
      const printed = JSON.parse((await cli(['--print-config', 'replies/a.txt'], { cwd: dir })).stdout);
      expect(printed).toMatchObject({ preset: 'strict', channel: 'chat' });
      expect(printed.rules['no-negative-phrasing']).toBe('off');
    }
  });

  it('never runs a package\'s code, and names what is wrong with line and column', async () => {
    const dir = workspace({
      'node_modules/evil/package.json': JSON.stringify({ name: 'evil', main: 'index.js' }),
      'node_modules/evil/index.js': 'require("fs").writeFileSync(require("path").join(__dirname, "RAN"), "x")',
      'node_modules/loop/package.json': JSON.stringify({ name: 'loop', replylint: { extends: 'loop' } }),
      '.replylintrc.yaml': 'channel: chat\nextends: evil\n',
      'a.txt': reply,
    });
    const evil = await cli(['a.txt'], { cwd: dir });
    expect(evil.code).toBe(2);
    expect(evil.stderr).toContain('.replylintrc.yaml:2:1: extends: "evil" holds no replylint settings');
    expect(readdirSync(join(dir, 'node_modules/evil'))).toEqual(['index.js', 'package.json']);
    writeFileSync(join(dir, '.replylintrc.yaml'), 'extends: loop\n');
    expect((await cli(['a.txt'], { cwd: dir })).stderr).toContain('"loop" extends itself');
    writeFileSync(join(dir, '.replylintrc.yaml'), 'extends: "@acme/missing"\n');
    expect((await cli(['a.txt'], { cwd: dir })).stderr).toContain('no package "@acme/missing" was found');
    writeFileSync(join(dir, '.replylintrc.yaml'), 'extends: ../../etc\n');
    expect((await cli(['a.txt'], { cwd: dir })).stderr).toContain('extends: must be one of "recommended", "strict", or the name of a shareable config package');
  });
});

describe('--init (issue #17)', () => {
  it('asks on a terminal, writes a commented .replylintrc.yaml that loads, and refuses to overwrite it', async () => {
    const dir = workspace({ 'macros/a.txt': 'Hi {{first_name}},\n\nDone.\n\nThanks,\nAna\n' });
    const answers = ['fax', 'chat', 'macros, saved/*.md', ''];
    const asked: string[] = [];
    let stdout = '';
    let stderr = '';
    const io = { cwd: dir, stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t), readStdin: async () => new Uint8Array(), isTTY: true, env: {}, prompt: async (q: string) => (asked.push(q), answers.shift()!) };
    expect(await run(['--init'], io)).toBe(0);
    expect(asked.length).toBe(4);
    expect(stderr).toContain('"fax" is not one of email, chat, social');
    const text = readFileSync(join(dir, '.replylintrc.yaml'), 'utf8');
    expect(text).toContain('$schema: ./node_modules/@replylint/cli/schema/replylint.schema.json');
    expect(text).toContain('channel: chat');
    expect(text).toContain('# glossary: [DNS, SKU]');
    const printed = JSON.parse((await cli(['--print-config', 'macros/a.txt'], { cwd: dir })).stdout);
    expect(printed).toMatchObject({ channel: 'chat', template: true });
    expect(JSON.parse((await cli(['--print-config', 'saved/x.md'], { cwd: dir })).stdout).template).toBe(true);
    expect(await run(['--init'], io)).toBe(2);
    expect(stderr).toContain('.replylintrc.yaml already exists here; not overwritten');
  });

  it('asks nothing with flags, and takes them', async () => {
    const dir = workspace({ 'a.txt': 'Hi' });
    const { code } = await cli(['--init', '--channel', 'social', '--language', 'en', '--preset', 'strict', '--init-templates', 'templates/'], { cwd: dir });
    expect(code).toBe(0);
    const printed = JSON.parse((await cli(['--print-config', 'templates/x.txt'], { cwd: dir })).stdout);
    expect(printed).toMatchObject({ channel: 'social', language: 'en', preset: 'strict', template: true });
  });
});

describe('the patterns compiled for the size of the run', () => {
  async function told(args: string[], options: { cwd?: string; stdin?: string } = {}) {
    const calls: number[] = [];
    const code = await run(args, {
      cwd: options.cwd ?? process.cwd(),
      stdout: () => {},
      stderr: () => {},
      readStdin: async () => new TextEncoder().encode(options.stdin ?? ''),
      isTTY: false,
      env: {},
      tuneRegexps: (bytes) => calls.push(bytes),
    });
    return { code, calls };
  }

  it('tells the entry point the bytes of the files it lints, once, before linting', async () => {
    const dir = workspace({ 'a.txt': bad, 'b.txt': clean, 'notes/c.txt': bad });
    const { code, calls } = await told(['.'], { cwd: dir });
    expect(code).toBe(0); // warnings only
    expect(calls).toEqual([Buffer.byteLength(bad) * 2 + Buffer.byteLength(clean)]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('counts only until the run is past the small-run size, and stats no more files', async () => {
    const big = `Hi Sam,\n\n${'Thanks for your patience while we look into it. '.repeat(400)}\n\nBest,\nAna\n`;
    const dir = workspace({ 'a.txt': big, 'b.txt': big, 'c.txt': big });
    const { calls } = await told(['.'], { cwd: dir });
    // Each file is over 16 KB: the first one passes the limit, and the count stops there.
    expect(calls).toEqual([Buffer.byteLength(big)]);
    expect(regexpFlagsFor(calls[0]!)).toBe('--regexp-optimization');
    rmSync(dir, { recursive: true, force: true });
  });

  it('tells the bytes read from standard input', async () => {
    const { calls } = await told(['--stdin'], { stdin: 'Hi Sam, ça va ?' });
    expect(calls).toEqual([Buffer.byteLength('Hi Sam, ça va ?')]);
  });

  it('a small run compiles its patterns unoptimised, a larger one optimised, the limit itself small', () => {
    expect(regexpFlagsFor(0)).toBe('--no-regexp-optimization');
    expect(regexpFlagsFor(smallRunBytes)).toBe('--no-regexp-optimization');
    expect(regexpFlagsFor(smallRunBytes + 1)).toBe('--regexp-optimization');
  });
});
