import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint, rules } from '../rules/src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../cli/dist/cli.js', import.meta.url));

function replylint(args: string[], input?: string, cwd = root) {
  return spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: 'utf8' });
}

interface JsonMessage {
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  actual: string;
  expected: string[];
}

describe('the replylint binary', () => {
  it('lints the bundled examples: the mission rules report somewhere, and the model replies are clean', () => {
    const result = replylint(['--format', 'json', 'examples']);
    expect(result.status).toBe(0);
    const files = JSON.parse(result.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    const rules = new Set(files.flatMap((f) => f.messages.map((m) => m.ruleId)));
    for (const rule of ['no-negative-phrasing', 'no-overpromise', 'no-unclear-instructions', 'require-closing-invitation', 'require-next-step']) expect(rules).toContain(rule);
    for (const name of ['01-lost-order-clean.txt', '02-unhappy-with-product-clean.txt', '03-damaged-package-clean.txt', '13-arabic-lost-order-clean.txt']) {
      expect(files.find((f) => f.filePath.endsWith(name))?.messages).toEqual([]);
    }
    // The Arabic example is read as Arabic: Arabic phrases, Arabic messages.
    const arabic = files.find((f) => f.filePath.endsWith('14-arabic-burden.txt'))!.messages as Array<{ ruleId: string; message: string }>;
    expect(arabic.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['no-generic-apology', 'no-negative-phrasing', 'no-overpromise', 'require-closing-invitation']));
    for (const m of arabic) expect(m.message).toMatch(/[\u0600-\u06FF]/u);
  });

  it('reports every rule, each on its own example, exactly as the core does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-every-rule-'));
    const phrases = [{ phrase: 'ASAP', preferred: 'as soon as we can' }];
    writeFileSync(join(dir, '.replylintrc.json'), JSON.stringify({ rules: { 'team-phrases': ['warn', { phrases }] } }));
    for (const rule of rules) writeFileSync(join(dir, `${rule.meta.id}.txt`), rule.meta.example.bad);
    const result = replylint(['--format', 'json', '.'], undefined, dir);
    const files = JSON.parse(result.stdout) as Array<{ filePath: string; messages: JsonMessage[] }>;
    // JSON paths are absolute, as ESLint writes them.
    expect(files.map((f) => basename(f.filePath)).sort()).toEqual(rules.map((r) => `${r.meta.id}.txt`).sort());
    for (const rule of rules) {
      const { id } = rule.meta;
      const messages = files.find((f) => basename(f.filePath) === `${id}.txt`)!.messages;
      expect(messages.map((m) => m.ruleId), id).toContain(id);
      const core = lint(rule.meta.example.bad, { rules: { 'team-phrases': ['warn', { phrases }] } });
      const where = (m: { ruleId: string; actual: string; expected: string[] }, place: [number, number, number, number]) => `${place.join(':')} ${m.ruleId} ${JSON.stringify(m.actual)} ${JSON.stringify(m.expected)}`;
      expect(messages.map((m) => where(m, [m.line, m.column, m.endLine, m.endColumn])).sort(), id).toEqual(
        core.map((m) => where(m, [m.place.start.line, m.place.start.column, m.place.end.line, m.place.end.column])).sort(),
      );
    }
  });

  it('exits 1 on a broken template: an error report, not bad input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-broken-'));
    writeFileSync(join(dir, 'reply.liquid'), 'Hi {{ first_name },\n\nYour order shipped.\n\nBest,\nAna\n');
    const result = replylint(['--format', 'json', 'reply.liquid'], undefined, dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    const [file] = JSON.parse(result.stdout) as Array<{ messages: Array<JsonMessage & { message: string; severity: number }> }>;
    expect(file!.messages.filter((m) => m.ruleId === 'no-unfilled-placeholder').map((m) => [m.line, m.column, m.endLine, m.endColumn, m.severity, m.message])).toEqual([
      [1, 4, 1, 20, 2, '"{{" is never closed with "}}"; a broken {{ … }} placeholder'],
    ]);
  });

  it('leaves the chat answer clean when linted as chat', () => {
    const result = replylint(['--format', 'json', '--channel', 'chat', 'examples/09-chat-answer.txt']);
    expect(JSON.parse(result.stdout)[0].messages).toEqual([]);
  });

  it('turning off all rules but one with --rule leaves only that rule\'s reports', () => {
    const all = JSON.parse(replylint(['--format', 'json', 'examples']).stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    const ids = [...new Set(all.flatMap((f) => f.messages.map((m) => m.ruleId)))];
    expect(ids.length).toBeGreaterThan(3);
    for (const keep of ids) {
      const args = ids.filter((id) => id !== keep).flatMap((id) => ['--rule', `${id}=off`]);
      const only = JSON.parse(replylint(['--format', 'json', ...args, 'examples']).stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
      const left = only.flatMap((f) => f.messages.map((m) => m.ruleId));
      expect(left.length).toBeGreaterThan(0);
      expect(new Set(left)).toEqual(new Set([keep]));
    }
  });

  it('prints the score and checklist per reply', () => {
    const stylish = replylint(['--score', 'examples/01-lost-order-clean.txt', 'examples/05-apology-without-action.txt']).stdout;
    expect(stylish).toContain('score 100/100');
    // One aligned line per part: the points in one column, a loss with its reason.
    expect(stylish).toMatch(/score \d+\/100\n(?:    .*\n)*    ✗ action taken or next step {13}0\/25  missing\n/u);
    expect(stylish).toMatch(/\n    ✓ greeting by name {21}10\/10\n/u);
    const json = JSON.parse(replylint(['--format', 'json', 'examples/05-apology-without-action.txt']).stdout)[0];
    // Greeting 10, acknowledgement 10, apology 10, closing invitation 15, sign-off 10; no next step, explanation or thanks.
    expect(json.score).toBe(55);
    expect(json.scoreBreakdown.map((l: { points: number }) => l.points)).toEqual([10, 10, 10, 0, 0, 0, 15, 10]);
    expect(json.checklist.find((c: { part: string }) => c.part === 'nextStep')).toMatchObject({ present: false, expected: true });
    expect(json.checklist.find((c: { part: string }) => c.part === 'greeting')).toMatchObject({ present: true, line: 1, column: 1 });
    expect(json.scoreBreakdown.reduce((n: number, l: { points: number }) => n + l.points, 0)).toBe(json.score);
    // Every point lost has its reason; an empty reply is not scored, and says why.
    const lost = json.scoreBreakdown.filter((l: { points: number; max: number }) => l.points < l.max);
    expect(lost.length).toBeGreaterThan(0);
    for (const line of lost) expect(line.reason, line.label).toMatch(/\S/u);
    const empty = JSON.parse(replylint(['--format', 'json', '--stdin'], '\n').stdout)[0];
    expect(empty).toMatchObject({ scored: false, notScored: 'the reply is empty' });
    expect(replylint(['--score', '--stdin'], '').stdout).toContain('not scored: the reply is empty');
  });

  it('reads standard input and exits 1 on an error-level report', () => {
    const result = replylint(['--stdin', '--rule', 'no-overpromise=error'], 'Your package will arrive tomorrow.');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('no-overpromise');
  });

  it("stops quietly when the reader closes the pipe early (replylint … | head), keeping the exit code of the lint", () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-pipe-'));
    // Far more output than a pipe holds, so the CLI is still writing when head has gone.
    for (let i = 0; i < 60; i++) writeFileSync(join(dir, `r${i}.txt`), 'Hi Sam,\n\nYou need to clear your cookies. '.repeat(40));
    const piped = spawnSync('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" "${bin}" --format json --rule no-negative-phrasing=error . | head -c 10 > /dev/null`], { cwd: dir, encoding: 'utf8' });
    expect(piped.stderr).toBe('');
    expect(piped.status).toBe(1);
  });

  it('prints help and version', () => {
    expect(replylint(['--help']).stdout).toContain('Usage: replylint');
    expect(replylint(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/u);
  });
});
