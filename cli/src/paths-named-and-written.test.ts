/**
 * Paths a user names on the command line, and paths the CLI writes to: a link named alone, two configs side by side,
 * a report path that cannot be made. Each says what happened and exits as the README says (2 for bad input), never
 * passes quietly and never hangs.
 */
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, workspace } from '../test/helpers.js';
import { writeReport } from './write.js';

const bad = 'Hi Sam,\n\nYou need to clear your cookies.\n\nBest,\nAna\n';

describe('a symbolic link named on the command line', () => {
  it('that leads outside its folder is an input error, not a quiet pass: the run exits 2 and nothing is read from it', async () => {
    const dir = workspace({ 'outside/secret.txt': 'keep this to yourself', 'replies/hello.txt': bad });
    symlinkSync('../outside/secret.txt', join(dir, 'replies', 'welcome.txt'));
    const alone = await cli(['--format', 'json', 'replies/welcome.txt'], { cwd: dir });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toBe(`replylint: ${join('replies', 'welcome.txt')}: a symbolic link that leads outside its folder; not read (name the file it points to instead)\n`);
    expect(JSON.parse(alone.stdout)).toEqual([]);
    // Beside a file that is read, the file is linted and the run still fails on the link.
    const beside = await cli(['--format', 'json', 'replies/welcome.txt', 'replies/hello.txt'], { cwd: dir });
    expect(beside.code).toBe(2);
    expect(beside.stdout).not.toContain('keep this');
    expect((JSON.parse(beside.stdout) as { filePath: string }[]).map((r) => r.filePath)).toEqual([join(dir, 'replies', 'hello.txt')]);
  });

  it('that stays inside its folder is read, and the folder walk still passes over an outside link with a note', async () => {
    const dir = workspace({ 'outside/secret.txt': 'keep this to yourself', 'replies/hello.txt': bad });
    symlinkSync('hello.txt', join(dir, 'replies', 'alias.txt'));
    symlinkSync('../outside/secret.txt', join(dir, 'replies', 'welcome.txt'));
    const named = await cli(['--format', 'json', 'replies/alias.txt'], { cwd: dir });
    expect(named.code).toBe(0);
    expect((JSON.parse(named.stdout) as { messages: unknown[] }[])[0]!.messages.length).toBeGreaterThan(0);
    const folder = await cli(['--format', 'json', 'replies'], { cwd: dir });
    expect(folder.code).toBe(0);
    expect(folder.stderr).toContain(`replylint: note: ${join('replies', 'welcome.txt')}: a symbolic link to a file outside the folder being linted`);
  });
});

describe('two config files in one folder', () => {
  it('are said: the one read and the one ignored, once, without failing the run', async () => {
    const dir = workspace({
      '.replylintrc.json': JSON.stringify({ rules: { 'no-negative-phrasing': 'off' } }),
      '.replylintrc.yaml': 'rules:\n  no-negative-phrasing: error\n',
      'a.txt': bad,
      'b.txt': bad,
    });
    const { code, stderr, stdout } = await cli(['--format', 'json', 'a.txt', 'b.txt'], { cwd: dir });
    expect(code).toBe(0);
    expect(stderr).toBe('replylint: warning: .replylintrc.json is the config used in its folder; .replylintrc.yaml beside it is ignored (keep one)\n');
    expect(stdout).not.toContain('no-negative-phrasing');
  });

  it('a package.json beside a config is not named: it holds the project, not a second config', async () => {
    const dir = workspace({ 'package.json': '{"name":"templates"}', '.replylintrc.yaml': 'rules:\n  require-thanks: off\n', 'a.txt': bad });
    const { stderr } = await cli(['a.txt'], { cwd: dir });
    expect(stderr).not.toContain('warning');
  });
});

describe('a report written with -o', () => {
  it('to a folder that cannot be made says so and returns: no hang under /proc/sys, where a recursive mkdir never returns', () => {
    if (!existsSync('/proc/sys')) return;
    expect(writeReport('/proc/sys/replylint-nope/deeper/report.json', '{}')).toBe('a folder of its path does not exist and cannot be made there');
  });

  it('makes the missing folders one level at a time and writes the report', async () => {
    const dir = workspace({ 'a.txt': bad });
    const { code, stderr } = await cli(['--format', 'json', '-o', 'out/one/two/report.json', 'a.txt'], { cwd: dir });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, 'out', 'one', 'two', 'report.json'), 'utf8')) as unknown[]).length).toBe(1);
  });

  it('says the error in words on the command line (exit 2)', async () => {
    const dir = workspace({ 'a.txt': bad });
    if (!existsSync('/proc/sys')) return;
    const { code, stderr } = await cli(['-o', '/proc/sys/replylint-nope/report.txt', 'a.txt'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe('replylint: cannot write the report to /proc/sys/replylint-nope/report.txt: a folder of its path does not exist and cannot be made there\n');
  });
});

describe('paths that could not be linted, in the formats made for CI', () => {
  const files = { 'a.txt': bad, 'b.txt': new Uint8Array([0, 1, 98, 105, 110]) };

  it('SARIF: the run says it did not succeed, a notification per path, valid against the SARIF 2.1.0 schema', async () => {
    const dir = workspace(files);
    const { code, stdout, stderr } = await cli(['--format', 'sarif', 'a.txt', 'b.txt', 'missing.txt'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe('replylint: missing.txt: no such file or directory\nreplylint: b.txt: binary file (contains NUL bytes), not a reply\n');
    const log = JSON.parse(stdout);
    expect(log.runs[0].invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          { level: 'error', message: { text: 'missing.txt: no such file or directory' }, descriptor: { id: 'input-error' } },
          { level: 'error', message: { text: 'b.txt: binary file (contains NUL bytes), not a reply' }, descriptor: { id: 'input-error' } },
        ],
      },
    ]);
    expect(log.runs[0].results.length).toBeGreaterThan(0);
    const require = createRequire(import.meta.url);
    type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };
    const AjvDraft04 = require('ajv-draft-04') as new (options: object) => { compile(schema: object): Validate };
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const validate = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // A clean run has no invocation to report.
    const clean = JSON.parse((await cli(['--format', 'sarif', 'a.txt'], { cwd: dir })).stdout);
    expect(clean.runs[0].invocations).toBeUndefined();
  });

  it('GitHub: an error annotation per path, on the file when it exists', async () => {
    const dir = workspace(files);
    const { code, stdout } = await cli(['--format', 'github', 'a.txt', 'b.txt', 'missing.txt'], { cwd: dir });
    expect(code).toBe(2);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual([
      '::error title=replylint%3A not linted::missing.txt: no such file or directory',
      '::error file=b.txt,title=replylint%3A not linted::b.txt: binary file (contains NUL bytes), not a reply',
    ]);
    expect(lines.slice(2).every((line) => line.startsWith('::warning file=a.txt,'))).toBe(true);
  });

  it('JUnit: a test case in error per path, counted in the totals', async () => {
    const dir = workspace(files);
    const { code, stdout } = await cli(['--format', 'junit', 'a.txt', 'b.txt'], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toContain(
      '  <testsuite name="replylint: not linted" tests="1" failures="0" errors="1" skipped="0" time="0">\n' +
        '    <testcase name="b.txt" classname="replylint" time="0"><error message="b.txt: binary file (contains NUL bytes), not a reply" type="input">b.txt: binary file (contains NUL bytes), not a reply</error></testcase>\n' +
        '  </testsuite>',
    );
    const failures = (stdout.match(/<failure /gu) ?? []).length;
    expect(stdout).toContain(`<testsuites name="replylint" tests="${failures + 1}" failures="${failures}" errors="1" time="0">`);
  });
});
