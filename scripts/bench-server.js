#!/usr/bin/env node
// Drives the real language server over stdio and measures what an agent feels:
// the time from an edit to its fresh diagnostics, for a 300-word reply, and
// the server's memory with 50 replies open. `npm run bench:server`
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { TestClient } from './lsp-client.js';
import { generateReplies } from './generate-replies.js';

const edits = Number(process.argv[2] ?? 200);
const client = new TestClient({ settings: { focusMode: 'off' } });
await client.initialize();

// A 300-word reply made of generated paragraphs.
const words = (text) => text.split(/\s+/u).filter(Boolean).length;
const body = [];
for (const reply of generateReplies(200, 7)) {
  const paragraph = reply.text.split('\n\n').slice(1, -1).join(' ');
  if (words(body.join(' ')) + words(paragraph) > 290) continue;
  body.push(paragraph);
}
const text = `Hi Sam,\n\n${body.join('\n\n')}\n\nBest,\nAna`;
const uri = 'file:///bench/reply-300.txt';
let ready = client.diagnostics(uri);
await client.open(uri, text);
await ready;

// Typing at the end of the first paragraph: each keystroke is an edit, and we wait for its version's diagnostics.
const line = 2;
let character = text.split('\n')[line].length;
const latencies = [];
for (let version = 2; version < edits + 2; version++) {
  const char = version % 5 === 0 ? ' ' : 'a';
  ready = new Promise((resolve) => {
    const check = () => (client.latest.get(uri)?.version === version ? resolve() : setImmediate(check));
    check();
  });
  const started = performance.now();
  await client.change(uri, version, [{ range: { start: { line, character }, end: { line, character } }, text: char }]);
  await ready;
  latencies.push(performance.now() - started);
  character += 1;
}
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);

// Memory: 50 replies open at once.
const rss = () => Number(/VmRSS:\s+(\d+)/u.exec(readFileSync(`/proc/${client.process.pid}/status`, 'utf8'))[1]) / 1024;
const before = rss();
const replies = generateReplies(50, 11);
await Promise.all(
  replies.map(async (reply, i) => {
    const doc = `file:///bench/open-${i}.txt`;
    const done = client.diagnostics(doc);
    await client.open(doc, reply.text);
    await done;
  }),
);
const after = rss();
await client.shutdown();

console.log(`language server over stdio: ${words(text)}-word reply, ${edits} edits, debounce 25 ms (the default)\n`);
console.log(`edit → diagnostics   p50 ${pct(50)} ms   p95 ${pct(95)} ms   p99 ${pct(99)} ms   max ${latencies.at(-1).toFixed(1)} ms`);
console.log(`memory (RSS)         ${before.toFixed(0)} MB with 1 reply open, ${after.toFixed(0)} MB with 51 open`);
console.log(`\ntargets: diagnostics within 50 ms of an edit; under 150 MB with 50 replies open`);
