#!/usr/bin/env node
// The quick check of the core's overhead: replylint against a bare
// retext-english parse of the same replies, in one process, taking turns:
// `npm run bench:parse [-- <replies.jsonl | folder>]`. With no path it lints
// 1,200 generated replies (scripts/generate-replies.js). `npm run bench` runs
// this comparison too, beside the peers and on more inputs.
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { lint, setParagraphCacheSize } from '../rules/dist/index.js';
import { loadReplies } from './replies.js';
import { generateReplies } from './generate-replies.js';
import { interleave, ratio } from './timing.js';

const path = process.argv[2];
const replies = path ? loadReplies(path) : generateReplies(1200);
const rounds = 15;
const parser = unified().use(retextEnglish).freeze();
// Every round lints the same replies: with the paragraph cache on, replylint would skip parsing
// after the first round while the bare parse cannot. Off, both parse every reply every time.
setParagraphCacheSize(0);

// Warm up both paths so the JIT has seen them before anything is measured.
for (const reply of replies.slice(0, 200)) {
  parser.parse(reply.text);
  lint(reply.text, { channel: reply.channel });
}

let reports = 0;
for (const reply of replies) reports += lint(reply.text, { channel: reply.channel }).length;
const [parse, ours] = await interleave(
  [
    { name: 'bare retext-english parse', run: (reply) => parser.parse(reply.text) },
    { name: 'replylint (all rules)', run: (reply) => lint(reply.text, { channel: reply.channel }) },
  ],
  replies,
  { rounds },
);
const chars = replies.reduce((n, r) => n + r.text.length, 0);

console.log(`${replies.length} replies (${path ?? 'generated'}), ${(chars / 1024).toFixed(0)} KiB, ${reports} reports; median of ${rounds} interleaved rounds (the ratio is the median of the per-round ratios)\n`);
console.log('                          ms/reply   replies/s   ratio');
for (const [result, r] of [[parse, 1], [ours, ratio(ours, parse)]]) {
  console.log(`${result.name.padEnd(26)}${result.ms.toFixed(4).padStart(8)}  ${String(Math.round(1000 / result.ms)).padStart(10)}   ${r.toFixed(2)}×`);
}
console.log(`\ntarget: replylint at most 6× the bare parse (the budget the judgement may spend): ${ratio(ours, parse) <= 6 ? 'met' : 'missed'} (${ratio(ours, parse).toFixed(2)}×)`);
