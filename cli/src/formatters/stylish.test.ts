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

  it('keeps a replacement as the new text', () => {
    expect(describeRewrite('You need to', 'Please')).toBe('"Please"');
    expect(describeRewrite('<!-- replylint-disable -->\n', '')).toBe('remove');
    expect(describeRewrite('restart.', 'Thank you for reaching out. restart.')).toBe('add before: "Thank you for reaching out."');
  });
});
