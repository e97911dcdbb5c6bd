#!/usr/bin/env node
// The trainer report at scale: writes 2,000 generated replies in 20 trainee
// folders (each trainee answering the same 100 scenarios), with a model answer
// per scenario, renders a first report with --json, then the report compared
// with it (--compare) and the model answers beside each reply, and measures
// its size and how long Chromium takes to open it (navigation to the load
// event, script run included).
// `npm run bench:report [-- <count>]`. Needs Debian's chromium (scripts/setup-real-clients.sh).
import { mkdtempSync, mkdirSync, writeFileSync, statSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { generateReplies } from './generate-replies.js';

const count = Number(process.argv[2] ?? 2000);
const cli = fileURLToPath(new URL('../cli/dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'replylint-bench-report-'));
const scenarios = Math.max(1, Math.ceil(count / 20));
const write = (seed) =>
  generateReplies(count, seed).forEach((reply, i) => {
    const folder = join(dir, 'replies', `trainee-${i % 20}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `scenario-${Math.floor(i / 20)}.txt`), reply.text);
  });
mkdirSync(join(dir, 'models'));
generateReplies(scenarios, 11).forEach((reply, i) => writeFileSync(join(dir, 'models', `scenario-${i}.txt`), reply.text));
// The earlier run, then the same trainees' new replies.
write(5);
const earlier = spawnSync(process.execPath, [cli, 'report', 'replies/', '--out', 'earlier.html', '--json', 'earlier.json'], { cwd: dir, encoding: 'utf8' });
if (earlier.status !== 0) throw new Error(earlier.stderr);
write(6);
const started = process.hrtime.bigint();
const result = spawnSync(process.execPath, [cli, 'report', 'replies/', '--out', 'report.html', '--compare', 'earlier.json', '--model-answers', 'models'], { cwd: dir, encoding: 'utf8' });
const renderMs = Number(process.hrtime.bigint() - started) / 1e6;
if (result.status !== 0) throw new Error(result.stderr);
const size = statSync(join(dir, 'report.html')).size;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const opens = [];
for (let i = 0; i < 3; i++) {
  const page = await browser.newPage();
  const t = performance.now();
  await page.goto(pathToFileURL(join(dir, 'report.html')).href, { waitUntil: 'load' });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  opens.push(performance.now() - t);
  await page.close();
}
await browser.close();
rmSync(dir, { recursive: true, force: true });
opens.sort((a, b) => a - b);
console.log(`${count} replies with a comparison and ${scenarios} model answers: report ${(size / 1048576).toFixed(2)} MB, written in ${(renderMs / 1000).toFixed(2)} s (CLI end to end)`);
console.log(`opens in Chromium (load event and first frame, median of 3): ${(opens[1] / 1000).toFixed(2)} s`);
console.log(`targets: under 10 MB: ${size / 1048576 < 10 ? 'met' : 'missed'}; opens in under 3 s: ${opens[1] / 1000 < 3 ? 'met' : 'missed'}`);
