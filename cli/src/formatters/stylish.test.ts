import { describe, expect, it } from 'vitest';
import { lintText } from '../lint-files.js';
import { describeRewrite, formatStylish } from './stylish.js';

describe('stylish rewrites', () => {
  it('says what an insertion adds instead of reprinting the paragraph with literal \\n (issue #17)', () => {
    const text = 'Hi Sam,\n\nI have refunded the charge for your order.\n\nThanks,\nAna\n';
    const out = formatStylish([lintText('r.txt', text, {})], { color: false });
    const line = out.split('\n').find((l) => l.includes('require-closing-invitation'))!;
    expect(line).toContain('→ add: "Please reach out if anything else comes up."');
    expect(line).not.toContain('\\n');
    expect(line).not.toContain('I have refunded the charge');
  });

  it('shows a numbered-list rewrite with its line breaks as ⏎, and an insertion into HTML without its tags (issue #17)', () => {
    const steps = 'Hi Sam,\n\nGo to Settings, then click Privacy, then clear the cache, then restart and log in again.\n\nThanks,\nAna\n';
    const line = formatStylish([lintText('r.txt', steps, {})], { color: false }).split('\n').find((l) => l.includes('steps crammed'))!;
    expect(line).toContain('→ "1. Go to Settings.⏎2. Click Privacy.⏎3. Clear the cache.⏎4. Restart and log in again."');
    expect(line).not.toContain('\\n');
    const html = '<p>Hi Sam,</p><p>I refunded it.</p><p>Thanks,<br>Ana</p>\n';
    const invitation = formatStylish([lintText('r.html', html, {})], { color: false }).split('\n').find((l) => l.includes('require-closing-invitation'))!;
    expect(invitation).toContain('→ add: "Please reach out if anything else comes up."');
    expect(invitation).not.toContain('<p>');
  });

  it('keeps a replacement as the new text', () => {
    expect(describeRewrite('You need to', 'Please')).toBe('"Please"');
    expect(describeRewrite('<!-- replylint-disable -->\n', '')).toBe('remove');
    expect(describeRewrite('restart.', 'Thank you for reaching out. restart.')).toBe('add before: "Thank you for reaching out."');
  });
});

describe('stylish summary', () => {
  it('counts the problems --fix can fix, and says nothing of it when none can be', () => {
    // Two warnings; only the burden phrase has a safe rewrite.
    const text = "Hi Sam,\n\nYou need to restart the router. Unfortunately, we can't refund it.\n\nLet me know if that helps.\n\nBest,\nAna\n";
    const result = lintText('r.txt', text, {});
    const safe = result.messages.filter((m) => m.safe).length;
    expect(safe).toBe(1);
    const out = formatStylish([result], { color: false });
    expect(out).toContain(`✖ ${result.messages.length} problems (0 errors, ${result.messages.length} warnings)\n  1 of them can be fixed with --fix.`);
    const none = lintText('r.txt', "Hi Sam,\n\nUnfortunately, we can't refund it.\n\nLet me know if that helps.\n\nBest,\nAna\n", {});
    expect(none.messages.some((m) => m.safe)).toBe(false);
    expect(formatStylish([none], { color: false })).not.toContain('can be fixed with --fix');
  });

  it('counts info reports as info, not as warnings (they fail no run)', () => {
    const text = "Hi Sam,\n\nYou need to restart the router. Unfortunately, we can't refund it.\n\nLet me know if that helps.\n\nBest,\nAna\n";
    const result = lintText('r.txt', text, { rules: { 'no-negative-phrasing': 'info' } });
    const infos = result.messages.filter((m) => m.severity === 'info').length;
    expect(infos).toBeGreaterThan(0);
    const warnings = result.messages.length - infos;
    expect(formatStylish([result], { color: false })).toContain(`✖ ${result.messages.length} problems (0 errors, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info)`);
  });
});

describe('stylish output of a file with very many reports', () => {
  it('prints 300,000 reports of one file (the column width was taken with Math.max(...), past the stack)', () => {
    const result = lintText('r.txt', 'Hi Sam,\n\nYou must restart it.\n\nBest,\nAna\n', {});
    const one = result.messages.find((m) => m.ruleId === 'no-negative-phrasing')!;
    const many = { ...result, messages: Array.from({ length: 300_000 }, () => one) };
    const out = formatStylish([many], { color: false });
    expect(out.split('\n').filter((l) => l.includes('no-negative-phrasing'))).toHaveLength(300_000);
  });
});
