/**
 * A soak test of the language server: thousands of random edits over many
 * documents through a real LSP connection. The server stays up, its memory
 * stays flat, and the final diagnostics equal a fresh lint of the final text.
 * Bounded in count and time; loopback only.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint } from '../rules/src/index.js';
import { TestClient } from '../scripts/lsp-client.js';

const pieces = [
  'You need to restart the router. ', 'Your parcel will arrive tomorrow. ', "I'm sorry your order is late. ", 'Thanks for your patience! ',
  'Just check your settings. ', 'Let us know if you have any other questions. ', '😀 ', 'مرحبا ', '\n', '\r\n', '\n\n', 'Unfortunately, ', 'Best,\nAna', '',
];

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

const rss = (pid: number): number => Number(/VmRSS:\s+(\d+)/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

describe('the language server under a soak of random edits', () => {
  it('stays up, keeps its memory flat, and ends with the diagnostics of a fresh lint', async () => {
    // Timing off (focus mode and draft-aware holding): this soaks the lint pipeline, compared with a fresh lint.
    const client = new TestClient({ settings: { focusMode: 'off', debounce: 2, draft: { idleSeconds: 0 } } });
    await client.initialize();
    const next = random(42);
    // Two long documents (over 4,000 characters), so paragraph-by-paragraph checking and its remembered reports are soaked too.
    const long = `Hi Sam,\n\n${Array.from({ length: 60 }, (_, i) => Array.from({ length: 6 }, (_piece, j) => pieces[(i + j) % 6]).join('')).join('\n\n')}\n\nBest,\nAna`;
    const docs = Array.from({ length: 25 }, (_, i) => ({ uri: `file:///soak/reply-${i}.txt`, text: i < 2 ? long : 'Hi Sam,\n\nThanks for writing in.\n\nBest,\nAna', version: 1 }));
    expect(long.length).toBeGreaterThan(4000);
    for (const doc of docs) await client.open(doc.uri, doc.text);
    let memoryAtQuarter = 0;
    const edits = 3000;
    for (let n = 0; n < edits; n++) {
      const doc = docs[Math.floor(next() * docs.length)]!;
      const at = Math.floor(next() * (doc.text.length + 1));
      const remove = next() < 0.3 ? Math.min(doc.text.length - at, Math.floor(next() * 12)) : 0;
      const insert = remove > 0 && next() < 0.5 ? '' : pieces[Math.floor(next() * pieces.length)]!;
      // Never split a surrogate pair or a CRLF: an editor would not either.
      const safeAt = at > 0 && at < doc.text.length && /[\udc00-\udfff\n]/u.test(doc.text[at]!) ? at - 1 : at;
      const end = safeAt + remove < doc.text.length && /[\udc00-\udfff\n]/u.test(doc.text[safeAt + remove] ?? '') ? safeAt + remove + 1 : safeAt + remove;
      const range = { start: positionAt(doc.text, safeAt), end: positionAt(doc.text, end) };
      doc.text = doc.text.slice(0, safeAt) + insert + doc.text.slice(end);
      doc.version++;
      // Memory is sampled at the quarter once the server has caught up: it lints in a worker, so it no longer holds back the client's edits meanwhile.
      const caughtUp = n === edits / 4 ? client.diagnostics(doc.uri, (_diagnostics, params) => params.version === doc.version, 30_000) : undefined;
      await client.change(doc.uri, doc.version, [{ range, text: insert }]);
      if (caughtUp) {
        await caughtUp;
        memoryAtQuarter = rss(client.process!.pid!);
      }
      if (n % 100 === 0) await new Promise((r) => setTimeout(r, 5));
    }
    // Wait for each document's final version, then compare with a fresh lint of the same text.
    for (const doc of docs) {
      const deadline = Date.now() + 15_000;
      while (client.latest.get(doc.uri)?.version !== doc.version) {
        if (Date.now() > deadline) throw new Error(`no diagnostics for ${doc.uri} version ${doc.version}`);
        await new Promise((r) => setTimeout(r, 10));
      }
      const got = client.latest.get(doc.uri)!.diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`).sort();
      const fresh = lint(doc.text, { channel: 'email', rules: {} }).map((m) => {
        const s = positionAt(doc.text, m.place.start.offset!);
        const e = positionAt(doc.text, m.place.end.offset!);
        return `${m.ruleId} ${s.line}:${s.character}-${e.line}:${e.character}`;
      }).sort();
      expect(got, doc.uri).toEqual(fresh);
    }
    const memoryAtEnd = rss(client.process!.pid!);
    expect(client.process!.exitCode).toBeNull();
    // Flat: the last three quarters of the edits add little to what the first quarter needed.
    expect(memoryAtEnd).toBeLessThan(memoryAtQuarter * 1.5 + 30);
    await client.shutdown();
  }, 120_000);
});
