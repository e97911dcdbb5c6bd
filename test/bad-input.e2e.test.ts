/**
 * The CLI's bad-input matrix: each case gets a clear message naming the file
 * and the problem, the right exit code, and no file is modified without --fix.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint } from '../rules/src/index.js';

const bin = fileURLToPath(new URL('../cli/dist/cli.js', import.meta.url));
const snapshot = (dir: string): Map<string, string> =>
  new Map(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), 'latin1')]));

describe('bad input', () => {
  const cases: Array<[string, (dir: string) => string[], RegExp]> = [
    ['a binary file', (d) => (writeFileSync(join(d, 'logo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a])), ['logo.txt']), /logo\.txt: binary file/u],
    ['invalid UTF-8', (d) => (writeFileSync(join(d, 'latin1.txt'), Buffer.from('Caf\xe9 ol\xe9', 'latin1')), ['latin1.txt']), /latin1\.txt: invalid UTF-8 at byte 3/u],
    ['a 50 MB file, over the documented 10 MiB limit', (d) => (writeFileSync(join(d, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'a')), ['huge.txt']), /huge\.txt: file is 50\.0 MiB, over the 10 MiB limit/u],
    ['a symlink loop', (d) => (symlinkSync(join(d, 'loop'), join(d, 'loop')), ['loop']), /loop: symbolic link loop/u],
    ['a missing file', () => ['nope.txt'], /nope\.txt: no such file or directory/u],
    ['a glob that matches nothing', () => ['*.nothing'], /\*\.nothing: no files match this pattern/u],
    ['malformed JSON export', (d) => (writeFileSync(join(d, 'macros.json'), '{"macros": [ {"title": "x", "actions": [ }'), ['macros.json']), /macros\.json: invalid JSON at line 1/u],
    ['malformed YAML export', (d) => (writeFileSync(join(d, '.replylintrc.json'), '{"replies":{"path":"replies"}}'), writeFileSync(join(d, 'r.yaml'), 'replies:\n  - text: "unclosed\n'), ['r.yaml']), /r\.yaml: invalid YAML at line \d+/u],
    ['malformed CSV export', (d) => (writeFileSync(join(d, 'r.csv'), 'title,text\nA,"never closed\n'), ['r.csv']), /r\.csv: unclosed quote in the CSV field that starts at line 2/u],
    ['a malformed config', (d) => (writeFileSync(join(d, '.replylintrc.json'), '{ "extends": "lenient" }'), writeFileSync(join(d, 'a.txt'), 'Hi'), ['a.txt']), /\.replylintrc\.json:1:3: extends: must be one of "recommended", "strict"/u],
  ];
  it.each(cases)('%s: a clear message, exit 2, nothing modified', (_name, make, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-bad-'));
    writeFileSync(join(dir, 'good.txt'), 'Hi Sam,\n\nYou need to restart.\n\nBest,\nAna\n');
    const args = make(dir);
    const before = snapshot(dir);
    const result = spawnSync(process.execPath, [bin, ...args, 'good.txt'], { cwd: dir, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/internal error|at .*\.js:\d+/u);
    expect(snapshot(dir)).toEqual(before);
  }, 60_000);

  it('an unreadable file: a clear message, exit 2, nothing modified (as root too)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-bad-'));
    writeFileSync(join(dir, 'good.txt'), 'Hi Sam,\n\nYou need to restart.\n\nBest,\nAna\n');
    writeFileSync(join(dir, 'secret.txt'), 'Hi Sam,\n\nYou must restart.\n\nBest,\nAna\n');
    chmodSync(join(dir, 'secret.txt'), 0o000);
    const before = snapshot(dir);
    // Root reads any file: run the CLI as root without the capabilities that override file modes,
    // so the mode applies to it as to anyone (CI runs as root).
    const asRoot = process.getuid?.() === 0;
    const command = asRoot ? ['setpriv', '--bounding-set', '-dac_override,-dac_read_search', process.execPath] : [process.execPath];
    const result = spawnSync(command[0]!, [...command.slice(1), bin, 'secret.txt', 'good.txt'], { cwd: dir, encoding: 'utf8' });
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/secret\.txt: permission denied/u);
    expect(result.stderr).not.toMatch(/internal error|at .*\.js:\d+/u);
    // The readable file is still linted.
    expect(result.stdout).toMatch(/You need to/u);
    chmodSync(join(dir, 'secret.txt'), 0o644);
    expect(snapshot(dir)).toEqual(before);
  }, 60_000);

  it('an empty file is fine', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-empty-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const result = spawnSync(process.execPath, [bin, 'empty.txt'], { cwd: dir, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('a folder with no replies in it is an input error, as a glob matching nothing is, and the other paths are still linted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-empty-'));
    mkdirSync(join(dir, 'nothing'));
    mkdirSync(join(dir, 'replies'));
    writeFileSync(join(dir, 'nothing', 'notes.pdf'), 'not a reply');
    writeFileSync(join(dir, 'replies', 'a.txt'), 'You need to restart the router.');
    const result = spawnSync(process.execPath, [bin, 'nothing', 'replies/a.txt', 'replies'], { cwd: dir, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('replylint: nothing: no replies in this folder (.txt, .md, .html, templates or exports)');
    // The folder that holds a file also named on its own is not reported as empty, and the file is linted once.
    expect(result.stdout.match(/replies\/a\.txt/gu)).toHaveLength(1);
    expect(result.stdout).toMatch(/You need to/u);
  });

  it("a team's phrases are literal text: a pattern that would backtrack catastrophically is just words", () => {
    const evil = '(a+)+$';
    const text = `Hi Sam,\n\n${'a'.repeat(50_000)}! Please avoid (a+)+$ here.\n\nThanks,\nAna`;
    const messages = lint(text, { rules: { 'team-phrases': ['warn', { phrases: [{ phrase: evil }, { phrase: '.*' }] }] } }).filter((m) => m.ruleId === 'team-phrases');
    expect(messages.map((m) => m.actual)).toEqual(['(a+)+$']);
  });

  it('an empty team phrase, which only the library API lets through (config files need one character), matches nothing and cannot hang it', () => {
    // In a child process with a time limit: a pattern that matches the empty string used to loop for ever, and a
    // synchronous loop here would hang the whole test run.
    const core = new URL('../rules/dist/index.js', import.meta.url).href;
    const script = `import { lint } from ${JSON.stringify(core)};
      const text = 'Hi Sam,\\n\\n(We will fix it ASAP.) ... ok\\n\\nBest,\\nAna';
      const phrases = [{ phrase: '' }, { phrase: '   ' }, { phrase: 'ASAP' }];
      console.log(JSON.stringify(lint(text, { rules: { 'team-phrases': ['warn', { phrases }] } }).filter((m) => m.ruleId === 'team-phrases').map((m) => m.actual)));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 15_000 });
    expect(result.signal).toBeNull();
    expect(JSON.parse(result.stdout)).toEqual(['ASAP']);
  }, 30_000);
});
