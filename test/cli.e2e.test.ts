import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../cli/dist/cli.js', import.meta.url));

function replylint(args: string[], input?: string) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8' });
}

describe('the replylint binary', () => {
  it('lints the bundled examples: every rule reports somewhere, and the model replies are clean', () => {
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
    expect(json.score).toBeLessThan(100);
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

  it('prints help and version', () => {
    expect(replylint(['--help']).stdout).toContain('Usage: replylint');
    expect(replylint(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/u);
  });
});
