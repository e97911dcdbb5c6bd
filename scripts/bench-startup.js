#!/usr/bin/env node
// Whole-process time of `replylint` on one file, as pre-commit and editor
// integrations run it (once per commit or save), for each way it ships: the
// workspace CLI (cli/bin, many ES modules), the release tarball's bundle (with
// V8's code cache) and the single-file executable (from a V8 start-up snapshot); `node -e 0` is the floor no
// Node program can beat on this machine. Then 10,000 files in one run.
//
//   npm run bench:startup      # builds dist-release/ if missing; RUNS=30 FILES=10000 to change
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.RUNS ?? 20);
const fileCount = Number(process.env.FILES ?? 10_000);
const bundle = join(root, 'dist-release/cli/bin/replylint.cjs');
const sea = join(root, 'dist-release/replylint-linux-x64');
// The workspace CLI runs what `npm run build` compiled; the release artefacts are built from the sources. Each is
// built here when missing, so the benchmark runs on a fresh clone after `npm ci` alone.
if (!existsSync(join(root, 'cli/dist/cli.js'))) {
  console.error('bench:startup: building the workspace first (npm run build)');
  spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
}
if (!existsSync(bundle) || !existsSync(sea)) {
  console.error('bench:startup: building the release artefacts first (npm run release)');
  spawnSync(process.execPath, [join(root, 'scripts/release.mjs')], { stdio: 'inherit' });
}

const dir = mkdtempSync(join(tmpdir(), 'replylint-startup-'));
const one = join(dir, 'reply.txt');
writeFileSync(one, 'Hi Sam,\n\nYou need to restart your router. Your package will arrive tomorrow.\n\nThanks,\nAna\n');
// A code cache of its own, so the first (cache-filling) run is not counted and other runs' caches do not interfere.
const env = { ...process.env, XDG_CACHE_HOME: join(dir, 'cache'), NO_COLOR: '1' };

// A team's folder: the same reply beside the YAML config `--init` writes, which each run finds, reads and validates.
const team = join(dir, 'team');
mkdirSync(team);
writeFileSync(join(team, 'reply.txt'), 'Hi Sam,\n\nYou need to restart your router. Your package will arrive tomorrow.\n\nThanks,\nAna\n');
writeFileSync(join(team, '.replylintrc.yaml'), 'extends: recommended\nchannel: email\nlanguage: auto\nrules:\n  require-thanks: error\nglossary: [DNS, SKU]\n');

const commands = [
  ['node -e 0 (the floor)', process.execPath, ['-e', '0']],
  ['workspace CLI (cli/bin)', process.execPath, [join(root, 'cli/bin/replylint.js'), one]],
  ['release bundle (npx replylint)', process.execPath, [bundle, one]],
  ...(existsSync(sea) ? [['single-file executable', sea, [one]]] : []),
  ['release bundle, with a YAML config', process.execPath, [bundle, 'reply.txt'], team],
  ...(existsSync(sea) ? [['single-file executable, with a YAML config', sea, ['reply.txt'], team]] : []),
];

function time(command, args, runEnv = env, cwd = dir) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd, env: runEnv, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')}: exit ${result.status}: ${result.stderr}`);
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))];

console.log(`one file, whole process, ${runs} runs each (interleaved), ${availableParallelism()} cores, load ${loadavg()[0].toFixed(1)}:`);
for (const [, command, args, cwd] of commands) time(command, args, env, cwd); // warm the disk cache and the code cache
const samples = commands.map(() => []);
for (let i = 0; i < runs; i++) commands.forEach(([, command, args, cwd], c) => samples[c].push(time(command, args, env, cwd)));
const floor = median(samples[0]);
/** The medians of the one-file runs, for the targets. */
const oneFile = [];
commands.forEach(([name], c) => {
  const m = median(samples[c]);
  console.log(`  ${name.padEnd(44)} median ${m.toFixed(0).padStart(5)} ms   p90 ${p90(samples[c]).toFixed(0).padStart(5)} ms   above the floor ${(m - floor).toFixed(0).padStart(5)} ms`);
  oneFile.push([name, m]);
});

const many = join(dir, 'many');
mkdirSync(many);
const bodies = [
  'You need to restart your router.',
  "I've refunded the charge; it should reach your card within 5 business days.",
  'Your package will arrive tomorrow. We apologise for any inconvenience.',
  'Simply go to Settings, click Privacy, clear the cache, then restart and log in again.',
];
for (let i = 0; i < fileCount; i++) writeFileSync(join(many, `r${i}.txt`), `Hi Sam,\n\n${bodies[i % bodies.length]} (case ${i})\n\nPlease reach out if anything else comes up.\n\nThanks,\nAna\n`);
console.log(`${fileCount} files in one run:`);
const manyFiles = [];
for (const [name, command, args] of commands.slice(1).filter(([, , , cwd]) => cwd === undefined)) {
  const ms = time(command, [...args.slice(0, -1), 'many']);
  console.log(`  ${name.padEnd(44)} ${(ms / 1000).toFixed(2)} s`);
  manyFiles.push([name, ms]);
}
// Node reads the file NODE_EXTRA_CA_CERTS names, and builds its store of certificates, at every start, before any
// script runs: some 40 ms on this machine, where the sandbox sets it. replylint makes no connection, but no
// program run by Node can skip that. The one-file runs again without it, to show what is Node's and what is ours.
let withoutCa;
if (process.env.NODE_EXTRA_CA_CERTS) {
  const { NODE_EXTRA_CA_CERTS: _, ...rest } = env;
  const again = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach(([, command, args, cwd], c) => again[c].push(time(command, args, rest, cwd)));
  withoutCa = commands.map(([name], c) => [name, median(again[c])]);
  console.log(`the same without NODE_EXTRA_CA_CERTS (set here to ${process.env.NODE_EXTRA_CA_CERTS}; Node loads it at every start), ${runs} runs each:`);
  for (const [name, m] of withoutCa) console.log(`  ${name.padEnd(44)} median ${m.toFixed(0).padStart(5)} ms   above the floor ${(m - withoutCa[0][1]).toFixed(0).padStart(5)} ms`);
}
rmSync(dir, { recursive: true, force: true });
// The targets of the release artefacts (issue #17): one file in at most 150 ms whole-process, 10,000 files under 8 s.
const released = oneFile.filter(([name]) => !/workspace|node -e/i.test(name));
for (const [name, ms] of released) {
  const without = withoutCa?.find(([other]) => other === name)?.[1];
  const besides = without === undefined ? '' : `; without NODE_EXTRA_CA_CERTS ${without <= 150 ? 'met' : 'missed'} (${without.toFixed(0)} ms)`;
  console.log(`target: ${name} lints one file in at most 150 ms: ${ms <= 150 ? 'met' : 'missed'} (${ms.toFixed(0)} ms)${besides}`);
}
if (fileCount >= 10_000) {
  const slowest = Math.max(...manyFiles.filter(([name]) => !/workspace/i.test(name)).map(([, ms]) => ms));
  console.log(`target: 10,000 files in under 8 s: ${slowest < 8000 ? 'met' : 'missed'} (${(slowest / 1000).toFixed(2)} s)`);
}
