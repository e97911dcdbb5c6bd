import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint, ruleIds, rules, type Channel } from './index.js';
import { line } from '../test/helpers.js';

const docsDir = fileURLToPath(new URL('../docs/', import.meta.url));

/**
 * The exact lines each "not ok" example of a rule's doc gives, in the doc's order, checked by hand.
 * (The five mission rules are being retuned; their examples are checked for a report only.)
 */
const exactNotOk: Record<string, string[][]> = {
  "no-generic-apology": [
    ["3:1-3:56 no-generic-apology \"We apologise for any inconvenience this may have caused\""],
    ["1:1-1:22 no-generic-apology \"Sorry for the trouble\""],
    ["3:1-3:18 no-generic-apology \"نعتذر عن أي إزعاج\""],
  ],
  "no-uncertain-expertise": [
    ["1:1-1:13 no-uncertain-expertise \"I'm new here\"", "1:18-1:30 no-uncertain-expertise \"I'm not sure\" → \"let me confirm\""],
    ["1:1-1:25 no-uncertain-expertise \"That's not my department\" → \"I'll pass this to the right team for you\""],
    ["3:1-3:13 no-uncertain-expertise \"أنا جديد هنا\"", "3:16-3:27 no-uncertain-expertise \"لست متأكدًا\" → \"دعني أتأكد\""],
  ],
  "no-generic-greeting": [
    ["1:1-1:15 no-generic-greeting \"Dear customer,\""],
    ["1:1-1:4 no-generic-greeting \"Hi,\""],
    ["1:1-1:24 no-generic-greeting \"To whom it may concern,\""],
    ["1:1-1:14 no-generic-greeting \"عزيزي العميل،\""],
  ],
  "require-thanks": [
    ["3:1-3:26 require-thanks \"I've refunded the charge.\" → \"Thank you for reaching out. I've refunded the charge.\""],
    ["3:1-3:70 require-thanks \"Your replacement ships today, and the tracking link is in your inbox.\" → \"Thank you for reaching out. Your replacement ships today, and the tracking link is in your inbox.\""],
    ["3:50-3:114 require-thanks \"It has been delayed at the depot and should reach you next week.\" → \"It has been delayed at the depot and should reach you next week. Thank you for your patience.\""],
    ["3:1-3:28 require-thanks \"لقد أعدت المبلغ إلى بطاقتك.\" → \"شكرًا لتواصلك معنا. لقد أعدت المبلغ إلى بطاقتك.\""],
  ],
  "no-tone-mismatch": [
    ["1:35-1:38 no-tone-mismatch \" 😂\" → \".\"", "1:58-1:60 no-tone-mismatch \"!!\" → \".\""],
    ["1:25-1:28 no-tone-mismatch \" :)\" → \".\""],
    ["3:16-3:19 no-tone-mismatch \" 😂\" → \"\"", "3:35-3:37 no-tone-mismatch \"!!\" → \".\""],
  ],
  "no-wall-of-text": [
    ["3:1-3:143 no-wall-of-text \"I looked at your account this morning and saw that the payment from last week failed because the card on file expired at the end of the month.\""],
    ["3:1-3:97 no-wall-of-text \"First, sign in to your account and open the billing page, which is in the menu at the top right.\""],
    ["3:1-3:76 no-wall-of-text \"راجعت حسابك وسجل الطلبات وسجل المدفوعات ولم أجد أي خطأ في أي منها حتى الآن.\""],
  ],
  "no-unfilled-placeholder": [
    ["1:4-1:19 no-unfilled-placeholder \"[Customer Name]\"", "3:17-3:20 no-unfilled-placeholder \"XXX\""],
    ["1:4-1:35 no-unfilled-placeholder \"{{ticket.requester.first_name}}\"", "3:12-3:34 no-unfilled-placeholder \"{% if order.shipped %}\""],
    ["1:7-1:19 no-unfilled-placeholder \"[اسم العميل]\""],
  ],
  "team-phrases": [
    ["1:25-1:29 team-phrases \"ASAP\" → \"as soon as we can\""],
    ["1:6-1:12 team-phrases \"ticket\" → \"request\""],
    ["3:11-3:23 team-phrases \"في أسرعِ وقت\" → \"خلال يوم عمل\""],
  ],
  "valid-suppression": [
    ["1:34-1:53 valid-suppression \"no-negativ-phrasing\""],
    ["1:22-1:33 valid-suppression \"overpromise\""],
    ["1:34-1:53 valid-suppression \"no-negativ-phrasing\""],
    ["3:1-3:58 valid-suppression \"<!-- replylint-disable-next-line no-negative-phrasing -->\""],
  ],
};

interface Example {
  kind: 'not ok' | 'ok';
  text: string;
  channel: Channel;
  format: 'text' | 'markdown';
  /** The rule's options, from `options=` on the fence. */
  options?: Record<string, unknown>;
}

/** The fenced examples under "## Not ok" and "## Ok", with a `channel=` on the fence when set. */
function examples(markdown: string): Example[] {
  const found: Example[] = [];
  let kind: Example['kind'] | undefined;
  // A fence marked `markdown` is linted as Markdown, where an HTML comment is hidden from the customer.
  const fence = /^```(text|markdown)(?: channel=(email|chat|social))?(?: options=(\{.*\}))?\n([\s\S]*?)\n```$/gmu;
  const sections = markdown.split(/^## /mu);
  for (const section of sections) {
    const title = section.slice(0, section.indexOf('\n')).trim().toLowerCase();
    kind = title === 'not ok' ? 'not ok' : title === 'ok' ? 'ok' : undefined;
    if (!kind) continue;
    for (const match of section.matchAll(fence)) {
      found.push({
        kind,
        text: match[4]!,
        format: match[1] as Example['format'],
        channel: (match[2] as Channel | undefined) ?? 'email',
        ...(match[3] ? { options: JSON.parse(match[3]) as Record<string, unknown> } : {}),
      });
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

    const notOk = list.filter((e) => e.kind === 'not ok');
    if (exactNotOk[id]) {
      it(`${id}: every "not ok" example has its exact lines here`, () => {
        expect(exactNotOk[id]!.length).toBe(notOk.length);
      });
    }
    for (const example of list) {
      it(`${id}: ${example.kind} example ${JSON.stringify(example.text.slice(0, 50))}`, () => {
        const rules = example.options ? { [id]: ['warn', example.options] as ['warn', Record<string, unknown>] } : {};
        const reported = lint(example.text, { channel: example.channel, format: example.format, rules }).filter((m) => m.ruleId === id);
        const exact = exactNotOk[id]?.[notOk.indexOf(example)];
        if (example.kind === 'not ok' && exact) expect(reported.map(line)).toEqual(exact);
        else if (example.kind === 'not ok') expect(reported.length).toBeGreaterThan(0);
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
