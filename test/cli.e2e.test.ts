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
    expect([...rules].sort()).toEqual(['no-negative-phrasing', 'no-overpromise', 'no-unclear-instructions', 'require-closing-invitation', 'require-next-step']);
    for (const name of ['01-lost-order-clean.txt', '02-unhappy-with-product-clean.txt', '03-damaged-package-clean.txt', '09-chat-answer.txt']) {
      expect(files.find((f) => f.filePath.endsWith(name))?.messages).toEqual([]);
    }
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
