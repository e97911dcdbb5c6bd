#!/usr/bin/env node
// Lints a corpus of replies and prints, per rule, how many reports it made
// and a sample of them in context, for a person to review.
//
//   npm run corpus -- <replies.jsonl | folder> [--sample N] [--rule ID] [--all]
//
// A .jsonl file holds one reply a line: {id, text, channel?}. A folder is read
// recursively for .txt and .md files, each one reply.
import { parseArgs } from 'node:util';
import { lint, ruleIds } from '../rules/dist/index.js';
import { lintOptions, loadReplies } from './replies.js';

const usage = 'usage: npm run corpus -- <replies.jsonl | folder> [--sample N] [--seed N] [--rule ID] [--all]';
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h', default: false },
      sample: { type: 'string', default: '8' },
      rule: { type: 'string', multiple: true },
      all: { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
    },
  });
} catch (error) {
  console.error(`corpus: ${error.message}\n${usage}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (positionals.length === 0) {
  console.error(usage);
  process.exit(2);
}

const replies = positionals.flatMap((p) => loadReplies(p));
const byRule = new Map(ruleIds.map((id) => [id, []]));
let flagged = 0;
for (const reply of replies) {
  // As `npm run eval` lints them (lintOptions: a technical audience for issue-tracker and forum replies).
  const messages = lint(reply.text, lintOptions(reply));
  if (messages.length > 0) flagged++;
  for (const m of messages) byRule.get(m.ruleId)?.push({ reply, m });
}

// A deterministic shuffle, so a sample is spread over the corpus and the same run prints the same sample.
function sample(list, n, seed) {
  const copy = [...list];
  let s = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
}

const oneLine = (s) => s.replace(/\r?\n/g, ' ⏎ ');
console.log(`${replies.length} replies, ${flagged} with at least one report\n`);
console.log('rule                          reports  replies');
for (const [id, hits] of byRule) {
  const replyCount = new Set(hits.map((h) => h.reply.id)).size;
  console.log(`${id.padEnd(30)}${String(hits.length).padStart(7)}${String(replyCount).padStart(9)}`);
}
const n = values.all ? Infinity : Number(values.sample);
for (const [id, hits] of byRule) {
  if (values.rule && !values.rule.includes(id)) continue;
  if (hits.length === 0) continue;
  console.log(`\n## ${id} (${hits.length})`);
  for (const { reply, m } of sample(hits, n, Number(values.seed))) {
    const start = m.place.start.offset;
    const end = m.place.end.offset;
    const before = reply.text.slice(Math.max(0, start - 60), start);
    const after = reply.text.slice(end, end + 60);
    const rewrite = m.expected.length ? ` → ${JSON.stringify(m.expected[0])}` : '';
    console.log(`- [${reply.id}] ${m.reason}${rewrite}`);
    console.log(`    …${oneLine(before)}⟦${oneLine(m.actual)}⟧${oneLine(after)}…`);
  }
}
