#!/usr/bin/env node
// Arabic against English on like input, in one process: `npm run bench:arabic [-- <pairs>]`.
// Each pair is the same reply in both languages (scripts/generate-parallel-replies.js),
// so the two sets have the same shape and the same faults; both are linted with every rule.
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { lint, setParagraphCacheSize } from '../rules/dist/index.js';
import { generateParallelReplies } from './generate-parallel-replies.js';
import { interleave, ratio as timingRatio } from './timing.js';

const count = Number(process.argv[2] ?? 1200);
const pairs = generateParallelReplies(count);
const english = pairs.map((p) => p.en);
const arabic = pairs.map((p) => p.ar);
const rounds = 15;
const parser = unified().use(retextEnglish).freeze();
// Every round lints the same replies; with the paragraph cache on, later rounds would skip parsing.
setParagraphCacheSize(0);

const words = (texts) => texts.reduce((n, t) => n + t.split(/\s+/u).filter((w) => /\p{L}|\p{N}/u.test(w)).length, 0);

const jobs = [
  ['bare parse, English', () => english.forEach((t) => parser.parse(t))],
  ['bare parse, Arabic', () => arabic.forEach((t) => parser.parse(t))],
  ['replylint, English', () => english.forEach((t) => lint(t))],
  ['replylint, Arabic', () => arabic.forEach((t) => lint(t))],
];

// Warm up every path before anything is measured.
for (const [, fn] of jobs) fn();
// Each job is one pass over its replies: the tools take turns, one pass a turn.
const results = await interleave(jobs.map(([name, run]) => ({ name, run })), [undefined], { rounds });
const ms = results.map((result) => result.ms);
const ratio = (a, b) => timingRatio(results[a], results[b]);

const reports = (texts) => texts.reduce((n, t) => n + lint(t).length, 0);
const rulesThatReported = (texts) => new Set(texts.flatMap((t) => lint(t).map((m) => m.ruleId))).size;
const [enWords, arWords] = [words(english), words(arabic)];
console.log(`${count} replies in each language, the same shape and faults: ${enWords} English words, ${arWords} Arabic words`);
console.log(`reports: English ${reports(english)} (${rulesThatReported(english)} rules), Arabic ${reports(arabic)} (${rulesThatReported(arabic)} rules)`);
console.log(`median of ${rounds} interleaved rounds; ratios are medians of per-round ratios\n`);
console.log('                      ms/reply   replies/s   µs/word');
jobs.forEach(([name], i) => {
  const w = name.endsWith('English') ? enWords : arWords;
  console.log(`${name.padEnd(21)} ${(ms[i] / count).toFixed(4).padStart(8)}  ${String(Math.round(count / (ms[i] / 1000))).padStart(10)}  ${((ms[i] * 1000) / w).toFixed(2).padStart(8)}`);
});
console.log(`\nArabic / English, replylint:  ${ratio(3, 2).toFixed(2)}× per reply, ${(ratio(3, 2) * (enWords / arWords)).toFixed(2)}× per word`);
console.log(`Arabic / English, bare parse: ${ratio(1, 0).toFixed(2)}× per reply`);
console.log(`replylint / bare parse: English ${ratio(2, 0).toFixed(2)}×, Arabic ${ratio(3, 1).toFixed(2)}×`);
console.log(`\ntarget: Arabic linting as fast as English (ratio at most 1.00× per reply, noise aside): ${ratio(3, 2) <= 1 ? 'met' : 'missed'} (${ratio(3, 2).toFixed(2)}×)`);
