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
});
