import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint, ruleIds, rules, type Channel } from './index.js';

const docsDir = fileURLToPath(new URL('../docs/', import.meta.url));

interface Example {
  kind: 'not ok' | 'ok';
  text: string;
  channel: Channel;
  /** The rule's options, from `options=` on the fence. */
  options?: Record<string, unknown>;
}

/** The fenced examples under "## Not ok" and "## Ok", with a `channel=` on the fence when set. */
function examples(markdown: string): Example[] {
  const found: Example[] = [];
  let kind: Example['kind'] | undefined;
  const fence = /^```text(?: channel=(email|chat|social))?(?: options=(\{.*\}))?\n([\s\S]*?)\n```$/gmu;
  const sections = markdown.split(/^## /mu);
  for (const section of sections) {
    const title = section.slice(0, section.indexOf('\n')).trim().toLowerCase();
    kind = title === 'not ok' ? 'not ok' : title === 'ok' ? 'ok' : undefined;
    if (!kind) continue;
    for (const match of section.matchAll(fence)) {
      found.push({ kind, text: match[3]!, channel: (match[1] as Channel | undefined) ?? 'email', ...(match[2] ? { options: JSON.parse(match[2]) as Record<string, unknown> } : {}) });
    }
  }
  return found;
}

describe('rule docs', () => {
  it('has one doc per rule, named by the rule id, and no other', () => {
    const docs = readdirSync(docsDir).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/u, ''));
    expect(docs.sort()).toEqual([...ruleIds].sort());
  });

  for (const rule of rules) {
    const id = rule.meta.id;
    const markdown = readFileSync(`${docsDir}${id}.md`, 'utf8');
    const list = examples(markdown);

    it(`${id}: follows the outline`, () => {
      expect(markdown.startsWith(`# ${id}\n\n${rule.meta.description}.\n`)).toBe(true);
      for (const heading of ['## Why', '## Not ok', '## Ok', '## Options', '## Channels']) expect(markdown).toContain(`\n${heading}\n`);
      expect(list.filter((e) => e.kind === 'not ok').length).toBeGreaterThanOrEqual(2);
      expect(list.filter((e) => e.kind === 'ok').length).toBeGreaterThanOrEqual(2);
    });

    it(`${id}: its hover example is reported, and its better version is not`, () => {
      // The team's phrases come from its config; the example uses the one in the rule's doc.
      const options = id === 'team-phrases' ? { rules: { [id]: ['warn', { phrases: [{ phrase: 'ASAP', preferred: 'as soon as we can' }] }] as ['warn', Record<string, unknown>] } } : {};
      expect(lint(rule.meta.example.bad, options).filter((m) => m.ruleId === id).length).toBeGreaterThan(0);
      expect(lint(rule.meta.example.good, options).filter((m) => m.ruleId === id)).toEqual([]);
      for (const [language, example] of Object.entries(rule.meta.examples ?? {})) {
        const reported = lint(example.bad, { ...options, language: language as 'ar' }).filter((m) => m.ruleId === id);
        expect(reported.length, `${language} example`).toBeGreaterThan(0);
        // It speaks the example's language: its message is in Arabic script.
        expect(reported[0]!.reason).toMatch(/[\u0600-\u06FF]/u);
        expect(lint(example.good, { ...options, language: language as 'ar' }).filter((m) => m.ruleId === id), `${language} example`).toEqual([]);
      }
    });

    it(`${id}: has an Arabic hover example, or is team-phrases (whose phrases come from the team)`, () => {
      if (id !== 'team-phrases') expect(rule.meta.examples?.ar).toBeDefined();
    });

    for (const example of list) {
      it(`${id}: ${example.kind} example ${JSON.stringify(example.text.slice(0, 50))}`, () => {
        const rules = example.options ? { [id]: ['warn', example.options] as ['warn', Record<string, unknown>] } : {};
        const reported = lint(example.text, { channel: example.channel, rules }).filter((m) => m.ruleId === id);
        if (example.kind === 'not ok') expect(reported.length).toBeGreaterThan(0);
        else expect(reported.map((m) => m.actual)).toEqual([]);
      });
    }
  }
});

describe('sources are cited by article title', () => {
  // "seed 003" is our folder's file name, which means nothing to a writer.
  const titles = ['Customer Service 101', 'How to Deliver Excellent Customer Service', 'Customer Service Online', 'What Customer Service Is', 'Woo, Wow and Win'];
  it.each(rules.map((r) => [r.meta.id, r] as const))('%s', (_id, rule) => {
    const cited = `${rule.meta.source} ${rule.meta.note}`;
    expect(cited).not.toMatch(/\bseeds?\s*\d|المقال\s*\d/iu);
    if (rule.meta.id !== 'team-phrases' && rule.meta.id !== 'valid-suppression') expect(titles.some((t) => rule.meta.source.includes(t))).toBe(true);
    // The notes a report carries, in both languages.
    for (const [text, language] of [[rule.meta.example.bad, 'en'], [rule.meta.examples?.ar?.bad, 'ar']] as const) {
      if (!text) continue;
      for (const message of lint(text, { language, rules: { [rule.meta.id]: 'warn' } })) expect(`${message.note ?? ''} ${message.source ?? ''}`).not.toMatch(/\bseeds?\s*\d|المقال\s*\d/iu);
    }
  });
});
