/**
 * Lint messages flattened for the trip from the lint worker to the server's
 * thread: every string once in a table, every message a run of numbers.
 * Structured clone copies object by object, and a long document's hundreds
 * of messages (each with its place, points and rewrites) took 4 ms to copy;
 * flat, under 1. Only what the server reads of a message comes across.
 */
import type { ReplyMessage } from '@replylint/rules';

export interface PackedMessages {
  strings: string[];
  /** Per message: ruleId, severity, reason, note, url, actual (string indices), start offset, line, column, end offset, line, column, safe (0 or 1), the number of rewrites, then their string indices. */
  fields: number[];
}

const fixed = 14;

export function packMessages(messages: readonly ReplyMessage[]): PackedMessages {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const at = (text: string): number => {
    let i = index.get(text);
    if (i === undefined) {
      i = strings.push(text) - 1;
      index.set(text, i);
    }
    return i;
  };
  const fields: number[] = [];
  for (const m of messages) {
    const { start, end } = m.place;
    fields.push(at(m.ruleId), at(m.severity), at(m.reason), at(m.note), at(m.url), at(m.actual), start.offset!, start.line, start.column, end.offset!, end.line, end.column, m.safe ? 1 : 0, m.expected.length);
    for (const rewrite of m.expected) fields.push(at(rewrite));
  }
  return { strings, fields };
}

export function unpackMessages({ strings, fields }: PackedMessages): ReplyMessage[] {
  const messages: ReplyMessage[] = [];
  for (let i = 0; i < fields.length; i += fixed + fields[i + 13]!) {
    const f = (k: number): number => fields[i + k]!;
    const severity = strings[f(1)] as ReplyMessage['severity'];
    const reason = strings[f(2)]!;
    const message = {
      ruleId: strings[f(0)]!,
      source: 'replylint',
      severity,
      fatal: severity === 'error' ? true : severity === 'warn' ? false : undefined,
      reason,
      message: reason,
      note: strings[f(3)]!,
      url: strings[f(4)]!,
      actual: strings[f(5)]!,
      place: { start: { offset: f(6), line: f(7), column: f(8) }, end: { offset: f(9), line: f(10), column: f(11) } },
      line: f(7),
      column: f(8),
      safe: f(12) === 1,
      expected: fields.slice(i + fixed, i + fixed + f(13)).map((k) => strings[k]!),
    };
    messages.push(message as unknown as ReplyMessage);
  }
  return messages;
}
