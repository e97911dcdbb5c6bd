import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { everyLowered, lowerCase, lowerSource, lowered } from './lowered.js';
import { readEnglish } from './lang/en/reader.js';
import { compileTable, everyTable, startsWithWordCharacter, tableHits } from './phrases.js';
// Every module of the core, so each pattern it makes with lowered() is compared below.
import './index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('lowerSource', () => {
  it('lower-cases letters and leaves escapes, properties, code points and group names as written', () => {
    expect(lowerSource(String.raw`\bPlease\W+\S\B[A-Z\D]\p{L}\u00C0\x4A\cJ\u{1F600}(?<Name>Hi)\k<Name>(?<=X)(?<!Y)`)).toBe(
      String.raw`\bplease\W+\S\B[a-z\D]\p{L}\u00C0\x4A\cJ\u{1F600}(?<Name>hi)\k<Name>(?<=x)(?<!y)`,
    );
  });

  it('refuses a case property and a pattern without the i flag, or a global one', () => {
    expect(() => lowered(/\p{Lu}x/iu)).toThrow(/depends on case/u);
    // By its long name or its category too: lowered, \p{Uppercase_Letter} would no longer match what it matches as written.
    expect(() => lowered(/\p{Uppercase_Letter}/iu)).toThrow(/depends on case/u);
    expect(() => lowered(/\p{gc=Ll}/iu)).toThrow(/depends on case/u);
    // A property that does not depend on case stays allowed.
    expect(lowered(/\p{L}+/iu).test(lowerCase('ABC'))).toBe(true);
    expect(() => lowered(/please/)).toThrow(/i flag/u);
    expect(() => lowered(/please/gi)).toThrow(/no g or y/u);
  });
});

/** Sentences of the project's own English texts: the example replies, the rule docs (rules/docs) and the core's tests. */
function sentences(): string[] {
  const texts: string[] = [];
  for (const f of readdirSync(join(root, 'examples'))) if (f.endsWith('.txt') || f.endsWith('.md')) texts.push(readFileSync(join(root, 'examples', f), 'utf8'));
  for (const f of readdirSync(join(root, 'rules/docs'))) if (f.endsWith('.md')) texts.push(readFileSync(join(root, 'rules/docs', f), 'utf8'));
  for (const f of readdirSync(join(root, 'rules/src'), { recursive: true, encoding: 'utf8' })) if (f.endsWith('.test.ts') && !f.includes('-ar')) texts.push(readFileSync(join(root, 'rules/src', f), 'utf8'));
  return [...new Set(texts.join('\n').split(/(?<=[.!?])\s+|\n|['"`]/u).map((s) => s.trim()).filter((s) => s.length > 3))];
}

/** The same sentence in other cases: all capitals, each word capitalised, and letters alternating. */
const variants = (s: string): string[] => [s, s.toUpperCase(), s.replace(/\b\p{L}/gu, (c) => c.toUpperCase()), [...s].map((c, i) => (i % 2 ? c.toUpperCase() : c.toLowerCase())).join('')];

describe('patterns read on lower-cased text', () => {
  it("lower-cases letter for letter, so find gives the text's own offsets", () => {
    // "İ" lower-cases to two code units: it is left as written, as the i flag leaves it (it is not "i").
    expect(lowerCase('İSTANBUL, İ')).toBe('İstanbul, İ');
    expect(lowerCase('SO İ SAY')).toBe('so İ say');
    const please = lowered(/please\s+\w+/i);
    expect(please.find('So, PLEASE Restart it')).toEqual({ index: 4, length: 14 });
    expect(please.find('İstanbul: please check')).toEqual({ index: 10, length: 12 });
    expect(lowered(/\bi\b/i).test(lowerCase('İstanbul'))).toBe(/\bi\b/i.test('İstanbul'));
    expect(please.find('nothing here')).toBeUndefined();
  });

  // Every lowered pattern against every sentence of the project's texts, in several cases: seconds of work that grow with
  // the patterns and the texts, so it gets a correctness test's time, not the default 20 s.
  // (It took 104 s on CI's two-core machine, near the 120 s it had: 300 s.)
  it('match exactly where the pattern as written (with the i flag) matches, in any case', { timeout: 300_000 }, () => {
    readEnglish({ text: 'Hi.', original: 'Hi.', offset: 0, isQuestion: false, region: 'body' });
    expect(everyLowered.length).toBeGreaterThan(40);
    const all = sentences();
    expect(all.length).toBeGreaterThan(2000);
    let matched = 0;
    const differ: string[] = [];
    for (const p of everyLowered) {
      let hit = false;
      const global = new RegExp(p.written.source, `${p.written.flags}g`);
      for (const s of all) {
        for (const v of variants(s)) {
          const m = p.written.exec(v);
          const written = m !== null;
          const found = p.find(v);
          const every = [...v.matchAll(global)].map((x) => `${x.index}+${x[0].length}`);
          if (every.join() !== p.findAll(v).map((x) => `${x.index}+${x.length}`).join()) differ.push(`findAll /${p.written.source.slice(0, 40)}…/ on ${JSON.stringify(v)}`);
          if (written !== p.test(lowerCase(v)) || found?.index !== m?.index || found?.length !== m?.[0].length) differ.push(`/${p.written.source.slice(0, 40)}…/ on ${JSON.stringify(v)}`);
          hit ||= written;
        }
      }
      if (hit) matched++;
    }
    expect(differ.slice(0, 5)).toEqual([]);
    // Not an empty comparison: most patterns match some sentence of the project's texts.
    expect(matched / everyLowered.length).toBeGreaterThan(0.6);
  });

  // Every table on every variant: seconds of work, not a timing, so a shared machine gets a correctness test's time.
  it("the phrase tables find the same phrases, at the same offsets, on the text lower-cased", { timeout: 300_000 }, () => {
    expect(everyTable.length).toBeGreaterThan(3);
    const hits = (regex: RegExp, text: string): string[] => [...text.matchAll(regex)].map((m) => `${m.index}+${m[0].length}:${m.findIndex((g, i) => i > 0 && g !== undefined)}`);
    const all = sentences();
    let found = 0;
    for (const table of everyTable) {
      for (const s of all) {
        for (const v of variants(s)) {
          const written = hits(new RegExp(table.written, 'gi'), v);
          expect(hits(table.regex, lowerCase(v)), v).toEqual(written);
          // The faster search led by a word boundary finds the same.
          const scanned = [...tableHits(table, lowerCase(v), 0, v.length)].map((h) => `${h.index}+${h.length}:${h.entry + 1}`);
          expect(scanned, v).toEqual(written);
          found += written.length;
        }
      }
    }
    expect(found).toBeGreaterThan(200);
  });
});

describe('a table searched after a word boundary', () => {
  it('tells which phrases can only begin with a word character', () => {
    expect(startsWithWordCharacter('you must')).toBe(true);
    expect(startsWithWordCharacter('(?:the )?(?:second|third) time')).toBe(true);
    expect(startsWithWordCharacter('(?:it is|this is)? ?not possible')).toBe(true);
    expect(startsWithWordCharacter('\\d+ days')).toBe(true);
    expect(startsWithWordCharacter("(?:is|'s) all it takes")).toBe(false);
    expect(startsWithWordCharacter('[a-z]+ly')).toBe(false);
    expect(startsWithWordCharacter('(?:a)*b')).toBe(true);
    expect(startsWithWordCharacter('(?:a)*')).toBe(false);
    expect(startsWithWordCharacter('you|')).toBe(false);
    expect(startsWithWordCharacter('(?=x)x')).toBe(false);
    expect(startsWithWordCharacter('\\$\\d+')).toBe(false);
  });

  it('finds what the lookbehind finds, after hyphens, apostrophes, accented letters and white space', () => {
    const table = compileTable([
      { pattern: '(?:it is|this is)? ?not possible', message: 'a' },
      { pattern: '(?:the )?second time', message: 'b' },
      { pattern: 'ok', message: 'c' },
    ]);
    expect(table.scan).toBeDefined();
    const texts = ['café not possible', 'x-not possible', "don'tnot possible", 'it’snot possible', ' not possible', '(not possible)', 'It is not possible.', '_not possible', '2ok ok', 'éok', 'the second time, the-second time', 'Ok-ok ok’ok', 'this is  not possible'];
    for (const text of texts) {
      const written = [...text.matchAll(new RegExp(table.written, 'gi'))].map((m) => `${m.index}+${m[0].length}:${m.findIndex((g, i) => i > 0 && g !== undefined)}`);
      const scanned = [...tableHits(table, lowerCase(text), 0, text.length)].map((h) => `${h.index}+${h.length}:${h.entry + 1}`);
      expect(scanned, text).toEqual(written);
    }
  });
});
