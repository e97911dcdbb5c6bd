#!/usr/bin/env node
// How the core's cost grows with its input: `npm run bench:scaling [-- <shape filter>]`.
// Each shape (the inputs of issue #15 that hung or crawled, and each rule's own
// tokens repeated) is linted at 1 KB, 10 KB, 100 KB and 1 MB, each size in a
// child process of its own with a time limit, so a hang costs its limit and
// memory is the child's peak. Prints time and memory per size, the growth
// exponent between sizes, flags growth faster than n·log n, and says whether
// the target (every shape under 2 s at 1 MB) is met. Each figure is the median
// of RUNS children (3 unless set): one child's time on this shared two-core
// machine varies by a third from run to run.
//
// `npm run bench:scaling -- --fuzz [seconds] [--skip word,word]` instead lints
// random mixes of rule tokens (fast-check) for a time budget and reports any
// input that takes over 100 ms per KB; --skip leaves out the tokens holding a
// word (one known slow, to look for others). FC_SEED picks the sequence.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';

const core = new URL('../rules/dist/index.js', import.meta.url);
const sizes = [1_000, 10_000, 100_000, 1_000_000];
const targetMs = 2000;
/** A child still running after this is stopped: the shape has missed, and its larger sizes are not tried. */
const limitMs = 20_000;
/** Children per shape and size; the median is reported. */
const runs = Math.max(1, Number(process.env.RUNS ?? 3));

/** Repeats `unit` (a string or a function of the repetition) until the text reaches `size` code units. */
function fill(size, unit, head = '', tail = '') {
  const parts = [head];
  let length = head.length + tail.length;
  for (let i = 0; length < size; i++) {
    const part = typeof unit === 'function' ? unit(i) : unit;
    parts.push(part);
    length += part.length;
  }
  parts.push(tail);
  return parts.join('');
}

const hi = 'Hi Anna,\n\n';
const bye = '\n\nBest,\nSam';
const words = ['order', 'refund', 'account', 'password', 'shipping', 'label', 'invoice', 'update'];

/** Each shape: a name and a function of the size giving the text and the lint options. */
const shapes = [
  ['prose paragraphs', (n) => [fill(n, (i) => `Your ${words[i % 8]} is on its way and should arrive on Tuesday. We checked the ${words[(i + 3) % 8]} for you.${i % 4 === 3 ? '\n\n' : ' '}`, hi, bye)]],
  ['"simply " repeated', (n) => [fill(n, 'simply ', hi, bye)]],
  ['"kindly quickly carefully finally " repeated', (n) => [fill(n, 'kindly quickly carefully finally lastly firstly ', hi, bye)]],
  ['Arabic «وأخيرا» repeated', (n) => [fill(n, 'وأخيرا ', 'مرحبا أحمد،\n\n', '\n\nمع خالص التحية،\nسارة'), { language: 'ar' }]],
  ['team phrase "thank          you" vs spaces', (n) => [`${hi}thank${' '.repeat(n)}me${bye}`, { rules: { 'team-phrases': ['warn', { phrases: [{ phrase: 'thank          you' }] }] } }]],
  ['10,000 team phrases', (n) => [fill(n, (i) => `Please read legacy term ${(i * 37).toString(36)} first. `, hi, bye), { rules: { 'team-phrases': ['warn', { phrases: Array.from({ length: 10_000 }, (_, i) => ({ phrase: `legacy term ${i.toString(36)}`, preferred: `term ${i}` })) }] } }]],
  ['"if " then "you need to "', (n) => [`${hi}${'if '.repeat(Math.floor(n / 6))}${'you need to '.repeat(Math.floor(n / 24))}${bye}`]],
  ['"you need to " without a full stop', (n) => [fill(n, 'you need to ', hi, bye)]],
  ['sign-off line of digits', (n) => [`${hi}Thanks for waiting.\n\nBest,\nSam\n${'1'.repeat(n)}x`]],
  ['"{%" never closed', (n) => [fill(n, '{% if x ', hi, bye), { template: true }]],
  ['"{{#if " never closed', (n) => [fill(n, '{{#if x ', hi, bye), { template: true }]],
  ['directives, one a line', (n) => [fill(n, (i) => `<!-- replylint-disable no-wall-of-text -->\nLine ${i} of the reply.\n<!-- replylint-enable -->\n`, hi, bye)]],
  ['unclosed "<!-- replylint-disable"', (n) => [`${hi}<!-- replylint-disable ${' '.repeat(n)}x${bye}`]],
  ['"<!-- replylint-disable " repeated, unclosed', (n) => [fill(n, '<!-- replylint-disable ', hi, bye)]],
  ['one paragraph of short lines', (n) => [fill(n, (i) => `line ${i}\n`, hi, bye)]],
  ['"a. " repeated', (n) => [fill(n, 'a. ', hi, bye)]],
  ['Markdown nested lists', (n) => [fill(n, (i) => `${'  '.repeat(i % 1000)}- item ${i}\n`, hi, bye), { format: 'markdown' }]],
  ['Markdown "> " levels', (n) => [`${hi}${'> '.repeat(n / 2)}text${bye}`, { format: 'markdown' }]],
  ['Markdown quoted lines, deeper each', (n) => [fill(n, (i) => `${'> '.repeat(i % 2000)}hello\n`, hi, bye), { format: 'markdown' }]],
  ['Markdown emphasis nested', (n) => [`${hi}${'*'.repeat(n / 2)}a${'*'.repeat(n / 2)}${bye}`, { format: 'markdown' }]],
  ['Markdown emphasis opened, then closed', (n) => [`${hi}${'*a '.repeat(n / 6)}${'b* '.repeat(n / 6)}${bye}`, { format: 'markdown' }]],
  ['suppressions naming no rule', (n) => [fill(n, '<!-- replylint-disable no-negativ-phrasing -->\nThanks for waiting.\n', hi, bye)]],
  ['HTML nested <div>', (n) => [`${'<div>'.repeat(n / 5)}Hi Anna, thanks.`, { format: 'html' }]],
  ['HTML "<a" never closed', (n) => [fill(n, '<a ', '<p>Hi Anna,</p>'), { format: 'html' }]],
  ['long line without spaces', (n) => [`${hi}${'x'.repeat(n)}${bye}`]],
  ['white space run', (n) => [`${hi}Thanks${' '.repeat(n)}for waiting.${bye}`]],
  ['"?" repeated', (n) => [fill(n, '? ', hi, bye)]],
  ['quotes never closed', (n) => [fill(n, '"« “ ', hi, bye)]],
  // Refusals with nothing offered: each sentence was checked against every report before it.
  ['refusals with nothing offered, as lines', (n) => [fill(n, (i) => (i % 2 ? 'Unfortunately that is not possible.\n' : "We don't offer refunds on sale items.\n"), hi, bye)]],
];

/** Each rule's own example of what it reports, repeated: as one sentence, as sentences, and as lines. */
async function ruleShapes() {
  const { rules } = await import(core);
  const made = [];
  for (const rule of rules) {
    const { bad } = rule.meta.example;
    const words = bad.replace(/[.!?]+$/u, '');
    const options = { rules: rule.meta.id === 'team-phrases' ? { 'team-phrases': ['warn', { phrases: [{ phrase: 'ASAP', preferred: 'as soon as we can' }] }] } : {} };
    made.push([`${rule.meta.id}: example, one sentence`, (n) => [fill(n, `${words} `, hi, bye), options]]);
    made.push([`${rule.meta.id}: example, as sentences`, (n) => [fill(n, `${bad} `, hi, bye), options]]);
    made.push([`${rule.meta.id}: example, as lines`, (n) => [fill(n, `${bad}\n`, hi, bye), options]]);
    for (const [language, example] of Object.entries(rule.meta.examples ?? {})) {
      made.push([`${rule.meta.id}: ${language} example, one sentence`, (n) => [fill(n, `${example.bad.replace(/[.!?؟]+$/u, '')} `, 'مرحبا أحمد،\n\n', '\n\nمع خالص التحية،\nسارة'), { ...options, language }]]);
      // One report per line: every rule's reports beside every sentence (Arabic no-overpromise asked each of its table's
      // reports for each sentence, 7.4 s at 1 MB).
      made.push([`${rule.meta.id}: ${language} example, as lines`, (n) => [fill(n, `${example.bad}\n`, 'مرحبا أحمد،\n\n', '\n\nمع خالص التحية،\nسارة'), { ...options, language }]]);
    }
  }
  return made;
}

/** In a child: lints one shape at one size and prints its milliseconds and peak memory. */
async function measureOne(name, size) {
  const { lint, setParagraphCacheSize } = await import(core);
  setParagraphCacheSize(0);
  const all = [...shapes, ...(await ruleShapes())];
  const make = all.find(([n]) => n === name)[1];
  // Warm up on a small input of the same shape.
  lint(...make(1000));
  const [text, options = {}] = make(size);
  const start = performance.now();
  const messages = lint(text, options);
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ ms, rss: process.resourceUsage().maxRSS / 1024, messages: messages.length, length: text.length }));
}

function runOnce(name, size) {
  const result = spawnSync(process.execPath, ['--stack-size=984', fileURLToPath(import.meta.url), '--one', name, String(size)], { encoding: 'utf8', timeout: limitMs, maxBuffer: 1 << 20 });
  if (result.error?.code === 'ETIMEDOUT' || result.signal) return { timeout: true };
  if (result.status !== 0) return { error: (result.stderr.split('\n').find((l) => /Error/u.test(l)) ?? result.stderr).slice(0, 80) };
  return JSON.parse(result.stdout);
}

/** The median of `runs` children's times (and the most memory any used); a timeout or an error in any ends it. */
function runChild(name, size) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const r = runOnce(name, size);
    if (r.timeout || r.error) return r;
    results.push(r);
  }
  results.sort((a, b) => a.ms - b.ms);
  return { ...results[Math.floor((results.length - 1) / 2)], rss: Math.max(...results.map((r) => r.rss)) };
}

const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`);
const pad = (text, width) => String(text).padEnd(width);

async function scaling(filter) {
  const all = [...shapes, ...(await ruleShapes())].filter(([name]) => !filter || name.toLowerCase().includes(filter.toLowerCase()));
  console.log(`replylint core scaling: lint() per input, each size in its own process (limit ${limitMs / 1000} s), median of ${runs} runs; target: every shape under ${targetMs / 1000} s at 1 MB.`);
  console.log('exponent k: time grows as n^k from the size before (1 is linear; n·log n is about 1.05–1.1 here); "!" marks growth faster than n·log n.\n');
  console.log(`${pad('shape', 52)}${sizes.map((s) => pad(`${s / 1000} KB`, 22)).join('')}verdict`);
  const missed = [];
  const superlinear = [];
  for (const [name] of all) {
    const cells = [];
    let previous;
    let failed = false;
    let grows = false;
    for (const size of sizes) {
      if (failed) {
        cells.push(pad('skipped', 22));
        continue;
      }
      const r = runChild(name, size);
      if (r.timeout || r.error) {
        failed = true;
        cells.push(pad(r.timeout ? `> ${limitMs / 1000} s` : `threw: ${r.error}`.slice(0, 21), 22));
        continue;
      }
      let exponent = '';
      // Sizes below 25 ms are mostly start-up noise: no exponent from them.
      if (previous && previous.ms >= 25) {
        const k = Math.log(r.ms / previous.ms) / Math.log(size / previous.size);
        const nlogn = (size * Math.log(size)) / (previous.size * Math.log(previous.size));
        // Half again over n·log n, to leave room for a shared machine's noise.
        const fast = r.ms / previous.ms > 1.5 * nlogn;
        if (fast) grows = true;
        exponent = ` k${k.toFixed(2)}${fast ? '!' : ''}`;
      }
      cells.push(pad(`${fmtMs(r.ms)} ${Math.round(r.rss)}MB${exponent}`, 22));
      previous = { ms: r.ms, size };
      if (size === sizes.at(-1) && r.ms > targetMs) failed = true;
    }
    if (failed) missed.push(name);
    if (grows) superlinear.push(name);
    console.log(`${pad(name.slice(0, 50), 52)}${cells.join('')}${failed ? 'MISSED' : grows ? 'met, but grows fast' : 'met'}`);
  }
  console.log(`\n${all.length} shapes; ${missed.length} over ${targetMs / 1000} s at 1 MB (or stopped); ${superlinear.length} growing faster than n·log n.`);
  if (missed.length > 0) console.log(`missed: ${missed.join('; ')}`);
  if (superlinear.length > 0) console.log(`grows faster than n·log n: ${superlinear.join('; ')}`);
  console.log(`target (every shape under ${targetMs / 1000} s at 1 MB): ${missed.length === 0 ? 'met' : 'missed'}`);
}

/** The tokens the fuzz run mixes: rule phrases, markup, punctuation and white space. */
async function fuzzTokens(skip) {
  const { rules } = await import(core);
  const tokens = new Set(['simply ', 'kindly ', 'if ', 'you need to ', 'a. ', '. ', '? ', '! ', ', ', '\n', '\n\n', ' ', '\t', '> ', '- ', '1. ', '{%', '%}', '{{', '}}', '<!-- replylint-disable ', '-->', '<div>', '</div>', '"', '«', '»', '“', '(', ')', '1', 'x', 'Hi Anna,', 'Thanks,', 'وأخيرا ', 'يجب عليك ', '😀', '\u0301']);
  for (const rule of rules) for (const word of rule.meta.example.bad.split(/(?<=\s)/u)) tokens.add(word);
  return [...tokens].filter((token) => !skip.some((word) => token.includes(word)));
}

function fuzz(seconds, skip) {
  return new Promise(async (resolve) => {
    const tokens = await fuzzTokens(skip);
    const recipe = fc.array(fc.record({ token: fc.constantFrom(...tokens), times: fc.integer({ min: 1, max: 3000 }) }), { minLength: 1, maxLength: 8 });
    const format = fc.constantFrom('text', 'markdown', 'html');
    const end = performance.now() + seconds * 1000;
    const slow = [];
    let count = 0;
    let worker;
    const spawn = () => {
      worker = new Worker(
        `const { parentPort } = require('node:worker_threads');
         import(${JSON.stringify(core.href)}).then(({ lint, setParagraphCacheSize }) => {
           setParagraphCacheSize(0);
           parentPort.on('message', ({ text, format }) => { const t = performance.now(); lint(text, { format }); parentPort.postMessage(performance.now() - t); });
           parentPort.postMessage(-1);
         });`,
        { eval: true },
      );
      return new Promise((ready) => worker.once('message', ready));
    };
    await spawn();
    const lintIn = (text, fmt, limit) =>
      new Promise((done) => {
        const timer = setTimeout(async () => {
          worker.removeAllListeners('message');
          await worker.terminate();
          await spawn();
          done(Infinity);
        }, limit);
        worker.once('message', (ms) => {
          clearTimeout(timer);
          done(ms);
        });
        worker.postMessage({ text, format: fmt });
      });
    const rng = fc.sample(fc.tuple(recipe, format), { numRuns: 1_000_000, seed: Number(process.env.FC_SEED ?? Date.now() % 2 ** 31) });
    for (const [parts, fmt] of rng) {
      if (performance.now() > end) break;
      const text = `Hi Anna,\n\n${parts.map(({ token, times }) => token.repeat(times)).join('')}\n\nBest,\nSam`;
      const kb = Math.max(1, text.length / 1000);
      // Past twice the allowance (and at least a second) the input is stopped and reported as it is.
      const ms = await lintIn(text, fmt, Math.max(1000, 200 * kb));
      count++;
      if (ms > 100 * kb) slow.push({ ms, kb, fmt, parts });
    }
    await worker.terminate();
    console.log(`fuzz: ${count} inputs in ${seconds} s; ${slow.length} over 100 ms per KB`);
    for (const { ms, kb, fmt, parts } of slow) {
      const described = parts.map(({ token, times }) => `${JSON.stringify(token)}×${times}`).join(' + ');
      console.log(`  ${ms === Infinity ? 'stopped' : fmtMs(ms)} for ${kb.toFixed(1)} KB (${fmt}): ${described}`);
    }
    resolve();
  });
}

const args = process.argv.slice(2);
if (args[0] === '--one') await measureOne(args[1], Number(args[2]));
else if (args[0] === '--fuzz') {
  const at = args.indexOf('--skip');
  await fuzz(Number(args[1] && args[1] !== '--skip' ? args[1] : 60), at === -1 ? [] : args[at + 1].split(','));
}
else await scaling(args[0]);
