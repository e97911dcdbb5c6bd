import { describe, expect, it } from 'vitest';
import { lint } from '@replylint/rules';
import { hoverMarkdown } from './hover.js';

const messageOf = (text: string, ruleId: string) => lint(text).find((m) => m.ruleId === ruleId)!;

describe('the hover', () => {
  it('gives the rule, why (not the message again), the rewrites, the example and the documentation, in that order', () => {
    const message = messageOf('Hi Sam,\n\nYou need to restart the router.\n\nLet me know if that helps.\n\nBest,\nAna', 'no-negative-phrasing');
    expect(hoverMarkdown(message)).toBe(
      [
        '**replylint** · `no-negative-phrasing`',
        '',
        message.note,
        '',
        '**Rewrite:** “Please” · “Let\'s” · “The next step is to”',
        '',
        'Instead of: `You need to clear your cookies.`',
        '',
        'Write: `Please clear your cookies.`',
        '',
        `[Rule documentation](${message.url})`,
      ].join('\n'),
    );
    expect(hoverMarkdown(message)).not.toContain(message.reason);
  });

  it('says "delete" for an empty rewrite, shows a line break as ⏎, and leaves the words to the writer when there is no rewrite', () => {
    const base = messageOf('Hi Sam,\n\nYou need to restart the router.\n\nLet me know if that helps.\n\nBest,\nAna', 'no-negative-phrasing');
    expect(hoverMarkdown({ ...base, expected: ['', 'Please\nnow'] })).toContain('**Rewrite:** *(delete)* · “Please ⏎ now”');
    expect(hoverMarkdown({ ...base, expected: [] })).toContain('**Rewrite:** only you know the right words here.');
  });

  it('speaks Arabic, with the Arabic example, for a message in Arabic', () => {
    const message = messageOf('مرحبا ليلى،\n\nعليك التحقق من رقم طلبك.\n\nأخبريني إن احتجت أي شيء آخر.\n\nمع التحية،\nنور', 'no-negative-phrasing');
    const hover = hoverMarkdown(message);
    expect(hover).toContain('**إعادة الصياغة:**');
    expect(hover).toContain('بدلًا من: `عليك التحقق من رقم طلبك.`');
    expect(hover).toContain('اكتب: `دعنا نتحقق من رقم طلبك.`');
    expect(hover.endsWith(`[توثيق القاعدة](${message.url})`)).toBe(true);
  });
});
