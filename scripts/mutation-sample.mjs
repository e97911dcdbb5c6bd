#!/usr/bin/env node
// A sampled mutation score: Stryker on the mutants of a random sample of
// source lines, with the same runner, checker and tests as
// `npm run test:mutation`. The whole run mutates every line of the three
// packages and takes more than ten hours on a two-core machine; a sample of
// lines gives the score in well under an hour, with its uncertainty.
//
//   npm run test:mutation:sample                        # rules/src, 60 lines
//   npm run test:mutation:sample -- cli/src 40 7        # a folder, a number of lines, a seed
//
// Lines are drawn uniformly from the folder's code (blank lines, comments and
// imports left out), and every mutant Stryker makes on a drawn line is run.
// The score is killed (or timed out) over all that ran, as Stryker counts it;
// its 95% interval comes from resampling the drawn lines (a line's mutants
// live or die together more often than apart). The report is written to
// reports/mutation-sample/<folder>.json, the list of lines beside it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const [folder = 'rules/src', count = '60', seedText = '1'] = process.argv.slice(2);
const lineCount = Number(count);
const seed = Number(seedText);
if (!Number.isInteger(lineCount) || lineCount < 1 || !Number.isInteger(seed)) {
  console.error('usage: mutation-sample.mjs [folder] [lines] [seed]');
  process.exit(2);
}

/** A small seeded generator (mulberry32), so a sample can be drawn again. */
function random(state) {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Lines that can hold a mutant: not blank, not a comment, not an import or a type. */
const notCode = /^\s*(?:$|\/\/|\/\*|\*|import\b|export (?:type|interface)\b|type\b|interface\b|[}\])]+[;,]?$)/;
const candidates = [];
for (const file of sources(join(root, folder)).sort()) {
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!notCode.test(line)) candidates.push({ file: relative(root, file), line: i + 1 });
  });
}
const next = random(seed);
const drawn = new Set();
while (drawn.size < Math.min(lineCount, candidates.length)) drawn.add(Math.floor(next() * candidates.length));
const sample = [...drawn].map((i) => candidates[i]).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);

const name = folder.replace(/[^\w]+/g, '-');
const out = join(root, 'reports', 'mutation-sample');
mkdirSync(out, { recursive: true });
const reportFile = join(out, `${name}.json`);
writeFileSync(join(out, `${name}.lines.txt`), `${sample.map((s) => `${s.file}:${s.line}`).join('\n')}\n`);
// A configuration of its own beside the project's, so the sample changes nothing else of a run.
const configFile = join(root, `.stryker-sample-${process.pid}.config.mjs`);
writeFileSync(
  configFile,
  `import base from './stryker.config.mjs';
export default {
  ...base,
  mutate: ${JSON.stringify(sample.map((s) => `${s.file}:${s.line}-${s.line}`))},
  reporters: ['json', 'progress'],
  jsonReporter: { fileName: ${JSON.stringify(relative(root, reportFile))} },
  tempDirName: '.stryker-tmp-sample',
};
`,
);
console.log(`${sample.length} lines drawn from ${candidates.length} in ${folder} (seed ${seed})`);
const run = spawnSync(process.execPath, [join(root, 'node_modules/@stryker-mutator/core/bin/stryker.js'), 'run', configFile], { cwd: root, stdio: 'inherit' });
rmSync(configFile, { force: true });
if (run.status !== 0) process.exit(run.status ?? 1);

const report = JSON.parse(readFileSync(reportFile, 'utf8'));
/** Per drawn line, its mutants that count: [killed, counted]. */
const perLine = new Map(sample.map((s) => [`${s.file}:${s.line}`, [0, 0]]));
const statuses = {};
for (const [file, { mutants }] of Object.entries(report.files)) {
  for (const mutant of mutants) {
    statuses[mutant.status] = (statuses[mutant.status] ?? 0) + 1;
    const key = `${relative(root, join(root, file))}:${mutant.location.start.line}`;
    const cell = perLine.get(key);
    if (!cell) continue;
    if (mutant.status === 'Killed' || mutant.status === 'Timeout') cell[0]++;
    if (['Killed', 'Timeout', 'Survived', 'NoCoverage'].includes(mutant.status)) cell[1]++;
  }
}
const cells = [...perLine.values()];
const score = (list) => {
  const killed = list.reduce((sum, c) => sum + c[0], 0);
  const counted = list.reduce((sum, c) => sum + c[1], 0);
  return counted === 0 ? NaN : killed / counted;
};
const again = random(seed + 1);
const scores = [];
for (let b = 0; b < 2000; b++) scores.push(score(cells.map(() => cells[Math.floor(again() * cells.length)])));
scores.sort((a, b) => a - b);
const pct = (x) => `${(100 * x).toFixed(1)}%`;
const counted = cells.reduce((sum, c) => sum + c[1], 0);
console.log(`\n${folder}: ${Object.entries(statuses).map(([k, v]) => `${v} ${k}`).join(', ')}`);
console.log(`sampled mutation score ${pct(score(cells))} of ${counted} mutants on ${sample.length} lines; 95% interval ${pct(scores[50])}–${pct(scores[1949])}`);
for (const [line, [killed, all]] of perLine) if (killed < all) console.log(`  survivors at ${line}: ${all - killed} of ${all}`);
