import { describe, expect, it } from 'vitest';
import { lint } from '@replylint/rules';
import { packMessages, unpackMessages } from './packed-messages.js';

describe('messages packed for the trip from the lint worker', () => {
  it('come back with everything the server reads, each string stored once', () => {
    const text = "Hi Sam,\n\nYou need to restart the router. You need to clear the cache. Unfortunately, we can't refund it.\n\nBest,\nAna";
    const messages = lint(text);
    // Rewrites of several lengths (none, one, three) and a repeated rule, reason and rewrite.
    expect(new Set(messages.map((m) => m.expected.length)).size).toBeGreaterThan(1);
    const packed = packMessages(messages);
    expect(new Set(packed.strings).size).toBe(packed.strings.length);
    const back = unpackMessages(packed);
    expect(back).toHaveLength(messages.length);
    back.forEach((m, i) => {
      const o = messages[i]!;
      expect(m).toMatchObject({
        ruleId: o.ruleId,
        source: 'replylint',
        severity: o.severity,
        reason: o.reason,
        message: o.reason,
        note: o.note,
        url: o.url,
        actual: o.actual,
        safe: o.safe,
        expected: o.expected,
        line: o.place.start.line,
        column: o.place.start.column,
      });
      expect(m.place).toEqual({ start: { offset: o.place.start.offset, line: o.place.start.line, column: o.place.start.column }, end: { offset: o.place.end.offset, line: o.place.end.line, column: o.place.end.column } });
    });
  });

  it('keep what the severity means for fatal', () => {
    const [warning] = lint('Hi Sam,\n\nYou need to restart the router.\n\nBest,\nAna');
    const error = { ...warning!, severity: 'error' as const };
    const info = { ...warning!, severity: 'info' as const };
    const [e, w, i] = unpackMessages(packMessages([error, warning!, info]));
    expect([e!.fatal, w!.fatal, i!.fatal]).toEqual([true, false, undefined]);
  });
});
