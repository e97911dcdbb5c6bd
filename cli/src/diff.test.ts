import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from './diff.js';

describe('unifiedDiff (--fix-dry-run)', () => {
  it('marks only the changed lines when two fixes are close: the line between them is context (issue #17)', () => {
    const before = 'Hi Sam,\n\nYou need to restart.\nThe router is in the hall.\nYou must log in again.\n\nBest,\nAna\n';
    const after = 'Hi Sam,\n\nPlease restart.\nThe router is in the hall.\nPlease log in again.\n\nBest,\nAna\n';
    expect(unifiedDiff('r.txt', before, after)).toBe(
      [
        '--- a/r.txt',
        '+++ b/r.txt',
        '@@ -1,7 +1,7 @@',
        ' Hi Sam,',
        ' ',
        '-You need to restart.',
        '+Please restart.',
        ' The router is in the hall.',
        '-You must log in again.',
        '+Please log in again.',
        ' ',
        ' Best,',
        '',
      ].join('\n'),
    );
  });

  it('shows an added paragraph as additions only', () => {
    const diff = unifiedDiff('r.txt', 'Hi Sam,\n\nDone.\n\nBest,\nAna', 'Hi Sam,\n\nDone.\n\nPlease reach out if anything else comes up.\n\nBest,\nAna');
    expect(diff.split('\n').filter((l) => l.startsWith('-') && !l.startsWith('---'))).toEqual([]);
    expect(diff).toContain('+Please reach out if anything else comes up.');
  });

  it('takes a file\'s final line break for no line of its own: the hunk ends on the last line (issue #17)', () => {
    const diff = unifiedDiff('a.txt', 'Hi Sam,\n\nI refunded it.\n\nYou need to clear your cookies.\n', 'Hi Sam,\n\nI refunded it.\n\nPlease clear your cookies.\n');
    expect(diff).toBe(['--- a/a.txt', '+++ b/a.txt', '@@ -3,3 +3,3 @@', ' I refunded it.', ' ', '-You need to clear your cookies.', '+Please clear your cookies.', ''].join('\n'));
  });

  it('is empty when nothing changed: no headers, no hunk', () => {
    expect(unifiedDiff('r.txt', 'Hi Sam,\n\nDone.\n', 'Hi Sam,\n\nDone.\n')).toBe('');
    expect(unifiedDiff('r.txt', '', '')).toBe('');
  });

  it('marks a last line without a line break as diff does', () => {
    expect(unifiedDiff('c.txt', 'Hi Sam,\n\nYou need to clear your cookies.', 'Hi Sam,\n\nPlease clear your cookies.')).toBe(
      ['--- a/c.txt', '+++ b/c.txt', '@@ -1,3 +1,3 @@', ' Hi Sam,', ' ', '-You need to clear your cookies.', '\\ No newline at end of file', '+Please clear your cookies.', '\\ No newline at end of file', ''].join('\n'),
    );
  });

  it.each([
    ['a final line break', 'Hi Sam,\n\nI refunded it.\n\nYou need to clear your cookies.\n', 'Hi Sam,\n\nI refunded it.\n\nPlease clear your cookies.\n\nLet us know if you have any other questions.\n'],
    ['no final line break', 'Hi Sam,\n\nYou need to clear your cookies.', 'Hi Sam,\n\nPlease clear your cookies. Let us know if you have any other questions.'],
    ['one added at the end', 'Hi Sam,\n\nDone.', 'Hi Sam,\n\nDone.\n'],
    ['CRLF line breaks', 'Hi Sam,\r\n\r\nYou need to restart.\r\n\r\nBest,\r\nAna\r\n', 'Hi Sam,\r\n\r\nPlease restart.\r\n\r\nBest,\r\nAna\r\n'],
  ])('is a patch git apply takes, and gives the fixed file (%s)', (_, before, after) => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-diff-'));
    try {
      writeFileSync(join(dir, 'r.txt'), before);
      writeFileSync(join(dir, 'fix.patch'), unifiedDiff('r.txt', before, after));
      const applied = spawnSync('git', ['apply', '--unsafe-paths', '--directory=.', 'fix.patch'], { cwd: dir, encoding: 'utf8' });
      expect(applied.stderr).toBe('');
      expect(applied.status).toBe(0);
      expect(readFileSync(join(dir, 'r.txt'), 'utf8')).toBe(after);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
