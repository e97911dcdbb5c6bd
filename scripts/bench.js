#!/usr/bin/env node
// Measures replylint against a bare retext-english parse of the same replies,
// in one process: `npm run bench [-- <replies.jsonl | folder>]`.
// With no path it lints 1,200 generated replies (scripts/generate-replies.js).
import { performance } from 'node:perf_hooks';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { lint, setParagraphCacheSize } from '../rules/dist/index.js';
import { loadReplies } from './replies.js';
import { generateReplies } from './generate-replies.js';

const path = process.argv[2];
const replies = path ? loadReplies(path) : generateReplies(1200);
const rounds = 15;
const parser = unified().use(retextEnglish).freeze();
// Every round lints the same replies: with the paragraph cache on, replylint would skip parsing
// after the first round while the bare parse cannot. Off, both parse every reply every time.
setParagraphCacheSize(0);

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

/**
 * Times each function over all replies, alternating rounds so each pair of
 * rounds sees the same machine conditions. Returns the median time of each,
 * and the median of the per-round ratios (robust on a shared, noisy machine).
 */
function timeInterleaved(fns) {
  const samples = fns.map(() => []);
  for (let r = 0; r < rounds; r++) {
    fns.forEach((fn, i) => {
      const start = performance.now();
      for (const reply of replies) fn(reply);
      samples[i].push(performance.now() - start);
    });
  }
  return { medians: samples.map(median), ratio: median(samples[1].map((t, r) => t / samples[0][r])) };
}

// Warm up both paths so the JIT has seen them before anything is measured.
for (const reply of replies.slice(0, 200)) {
  parser.parse(reply.text);
  lint(reply.text, { channel: reply.channel });
}

let reports = 0;
for (const reply of replies) reports += lint(reply.text, { channel: reply.channel }).length;
const { medians: [parseMs, lintMs], ratio } = timeInterleaved([(reply) => parser.parse(reply.text), (reply) => lint(reply.text, { channel: reply.channel })]);
const chars = replies.reduce((n, r) => n + r.text.length, 0);

const perReply = (ms) => (ms / replies.length).toFixed(4);
console.log(`${replies.length} replies (${path ?? 'generated'}), ${(chars / 1024).toFixed(0)} KiB, ${reports} reports; median of ${rounds} interleaved rounds (the ratio is the median of the per-round ratios)\n`);
console.log('                          ms/reply   replies/s   ratio');
console.log(`bare retext-english parse ${perReply(parseMs).padStart(8)}  ${String(Math.round(replies.length / (parseMs / 1000))).padStart(10)}   1.00×`);
console.log(`replylint (all rules)     ${perReply(lintMs).padStart(8)}  ${String(Math.round(replies.length / (lintMs / 1000))).padStart(10)}   ${ratio.toFixed(2)}×`);
console.log(`\ntarget: replylint at most 3× the bare parse (alex is about 60×)`);
