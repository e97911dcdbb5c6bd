/**
 * The CLI against hostile and unlucky input (issue #15), each case run as a
 * child process: a case that hangs is killed at its time limit and fails on
 * its result, instead of hanging the test run.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../cli/dist/cli.js', import.meta.url));
/** Generous: each case takes well under a second when it works. */
const limit = 30_000;

function replylint(args: string[], cwd: string, input?: string | Buffer): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: limit, ...(input !== undefined ? { input } : {}) });
}

function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'replylint-robust-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const reply = 'Hi Sam,\n\nYou need to restart the router.\n\nBest,\nAna\n';

describe('config globs', () => {
  it('an override glob that would backtrack exponentially is matched at once', () => {
    const dir = workspace({
      '.replylintrc.json': JSON.stringify({ overrides: [{ files: '*a*a*a*a*a*a*a*a*z', channel: 'chat' }] }),
      [`${'a'.repeat(200)}.txt`]: reply,
    });
    const result = replylint(['--format', 'json', '.'], dir);
    expect(result.signal).toBeNull();
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveLength(1);
  }, limit * 2);
});

describe('deeply nested files', () => {
  it('are a clear per-file error; the report is still written with the other replies', () => {
    const dir = workspace({
      '.replylintrc.json': JSON.stringify({ overrides: [{ files: 'deep.json', replies: { path: 'x' } }] }),
      'divs.html': `${'<div>'.repeat(100_000)}Hi Sam, you need to restart.${'</div>'.repeat(100_000)}`,
      'deep.json': `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      'ok.txt': reply,
    });
    for (const format of ['html', 'csv']) {
      const result = replylint(['report', '--format', format, '--out', `report.${format}`, '.'], dir);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('deep.json: could not be linted: nested too deeply to read');
      expect(result.stderr).not.toMatch(/internal error|at .*\.js:\d+/u);
      // The core reads HTML nested past its depth limit as text, so the deep <div>s are linted, not refused.
      expect(result.stdout).toMatch(new RegExp(`Wrote report\\.${format}: \\d+ replies`, 'u'));
      expect(readFileSync(join(dir, `report.${format}`), 'utf8')).toContain('ok.txt');
      expect(readFileSync(join(dir, `report.${format}`), 'utf8')).toContain('divs.html');
    }
    const lint = replylint(['--format', 'json', '.'], dir);
    expect(lint.status).toBe(2);
    expect(lint.stderr).toContain('deep.json: could not be linted: nested too deeply to read');
    expect((JSON.parse(lint.stdout) as Array<{ filePath: string }>).map((r) => relative(dir, r.filePath))).toContain('ok.txt');
  }, limit * 2);
});

describe('a deeply nested config file', () => {
  it.each([
    ['.replylintrc.json', `{"rules": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`],
    ['.replylintrc.yaml', `rules: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`],
  ])('%s is a config error that names the file', (name, content) => {
    const dir = workspace({ [name]: content, 'ok.txt': reply });
    const result = replylint(['ok.txt'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^replylint: invalid config ${name.replace('.', '\\.')}(?::1(?::\\d+)?)?: nested too deeply to read\\n$`, 'u'));
  }, limit * 2);
});

describe('--stdin', () => {
  it('stops reading at --max-file-size: endless input gets an error, not all of memory', async () => {
    const child = spawn(process.execPath, [bin, '--stdin', '--max-file-size', '1'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.on('error', () => {
      // The reader stopped reading: the pipe closes under the writer.
    });
    const chunk = Buffer.alloc(1 << 20, 'word ');
    let open = true;
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => ((open = false), resolve(code))));
    const started = Date.now();
    // Write for as long as the reader reads, up to the time limit.
    while (open && Date.now() - started < limit) {
      if (!child.stdin.write(chunk)) {
        await new Promise((resolve) => {
          child.stdin.once('drain', resolve);
          child.once('exit', resolve);
        });
      }
    }
    const killed = open;
    if (killed) child.kill();
    expect(killed).toBe(false);
    expect(await exited).toBe(2);
    expect(stderr).toBe('replylint: <stdin>: standard input is over the 1 MiB limit for one reply; stopped reading it\n');
  }, limit * 2);
});

describe('output in proportion to the input', () => {
  it('a long last sentence is not repeated in rewrites, and a step list longer than a screen is not offered', () => {
    const sentence = Array.from({ length: 20_000 }, (_, i) => ['restart the router', 'check the cable', 'open the app'][i % 3]).join(', then ');
    const text = `Hi Sam,\n\nPlease ${sentence}.\n\nBest,\nAna\n`;
    const dir = workspace({ 'steps.txt': text });
    const result = replylint(['--format', 'json', 'steps.txt'], dir);
    // Each message may name the flagged text once (as "actual"); no rewrite repeats it.
    expect(result.stdout.length).toBeLessThan(4 * text.length);
    const [file] = JSON.parse(result.stdout) as Array<{ messages: Array<{ ruleId: string; line: number; column: number; endLine: number; endColumn: number; expected: string[]; fix?: { range: [number, number]; text: string } }> }>;
    const invitation = file!.messages.find((m) => m.ruleId === 'require-closing-invitation')!;
    const end = text.indexOf('.\n\nBest') + 1;
    expect(invitation.fix).toEqual({ range: [end, end], text: '\n\nPlease reach out if anything else comes up.' });
    expect(invitation).toMatchObject({ line: 3, endLine: 3, column: invitation.endColumn });
    const steps = file!.messages.find((m) => m.ruleId === 'no-unclear-instructions')!;
    expect(steps.expected).toEqual([]);
    // --fix adds the invitation after the sentence, as it would after a short one.
    replylint(['--fix', 'steps.txt'], dir);
    expect(readFileSync(join(dir, 'steps.txt'), 'utf8')).toBe(`Hi Sam,\n\nPlease ${sentence}.\n\nPlease reach out if anything else comes up.\n\nBest,\nAna\n`);
  }, limit * 2);
});

describe('replylint report on a reply with many reports', () => {
  it('highlights 20,000 reports in one reply', () => {
    const dir = workspace({ 'many.txt': `Hi Sam,\n\n${'You need to restart. '.repeat(20_000)}\n\nBest,\nAna\n` });
    const result = replylint(['report', '--out', 'report.html', 'many.txt'], dir);
    expect(result.signal).toBeNull();
    expect(result.status).toBe(0);
    expect(readFileSync(join(dir, 'report.html'), 'utf8').split('<mark ').length - 1).toBeGreaterThanOrEqual(20_000);
  }, limit * 2);
});
