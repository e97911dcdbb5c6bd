/**
 * The GitHub Action, run the way the runner runs a `node20` action: its
 * `main` from action.yml with node, the working directory at the workspace,
 * each input as INPUT_<NAME> (upper case, hyphens kept), and GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY naming files the step appends to.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as { runs: { using: string; main: string }; inputs: Record<string, { default?: string }>; outputs: Record<string, unknown> };
const bad = (n: number) => `Hi [Customer Name],\n\nYou need to clear your cookies (case ${n}).\n\nBest,\nAna\n`;
const clean = "Hi Sam,\n\nI've refunded the charge. Please reach out if anything else comes up.\n\nThanks,\nAna\n";

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'scripts/release.mjs'), '--bundle-only'], { stdio: ['ignore', 'ignore', 'inherit'] });
}, 300_000);

/** Runs the action's entry point in `workspace` with these inputs (the others at action.yml's defaults, as the runner fills them). */
function runAction(workspace: string, inputs: Record<string, string>) {
  const outputFile = join(workspace, '..', `output-${Date.now()}`);
  const summaryFile = join(workspace, '..', `summary-${Date.now()}`);
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = { PATH: process.env.PATH!, HOME: process.env.HOME ?? workspace, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile };
  for (const [name, spec] of Object.entries(manifest.inputs)) env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? spec.default ?? '';
  const result = spawnSync(process.execPath, [join(root, manifest.runs.main)], { cwd: workspace, env, encoding: 'utf8', maxBuffer: 1 << 26 });
  const outputs = Object.fromEntries(readFileSync(outputFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => l.split(/=(.*)/su).slice(0, 2)));
  return { ...result, outputs, summary: readFileSync(summaryFile, 'utf8') };
}

function workspace(files: Record<string, string>): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'replylint-action-')), 'repo');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

// Slow only on a loaded machine: each case is a few whole-process runs.
describe('the GitHub Action', () => {
  it('is a node20 action whose entry point the release script builds', () => {
    expect(manifest.runs).toEqual({ using: 'node20', main: 'action/dist/index.cjs' });
    expect(Object.keys(manifest.inputs)).toEqual(expect.arrayContaining(['paths', 'config', 'format', 'max-warnings', 'sarif-file']));
  });

  it('is what the workflow in docs/ci uses, with inputs and outputs it declares, and nothing hiding an exit code', () => {
    const text = readFileSync(join(root, 'docs/ci/github-actions.yml'), 'utf8');
    const workflow = parse(text) as { jobs: Record<string, { steps: Array<{ id?: string; uses?: string; with?: Record<string, unknown>; if?: string }> }> };
    const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
    const step = steps.find((s) => s.uses?.startsWith('replylint/replylint@'))!;
    expect(step).toBeDefined();
    for (const name of Object.keys(step.with ?? {})) expect(Object.keys(manifest.inputs)).toContain(name);
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    expect(upload.if).toContain(`steps.${step.id}.outputs.sarif-file`);
    expect(upload.if).toContain('head.repo.full_name == github.repository');
    expect(Object.keys(manifest.outputs)).toContain('sarif-file');
    expect(text).not.toMatch(/\|\| true|run: .*--cache/u);
  });

  it('lists every report in the step summary (more than the ten annotations GitHub shows), annotates, writes SARIF and keeps exit 1', () => {
    const files: Record<string, string> = { 'replies/clean.txt': clean };
    for (let i = 0; i < 12; i++) files[`replies/bad-${String(i).padStart(2, '0')}.txt`] = bad(i);
    const dir = workspace(files);
    const result = runAction(dir, { paths: 'replies', 'sarif-file': 'replylint.sarif' });
    expect(result.status).toBe(1);
    // What the CLI itself reports, to compare with.
    const cli = JSON.parse(spawnSync(process.execPath, [join(root, 'cli/dist/cli.js'), '--format', 'json', 'replies'], { cwd: dir, encoding: 'utf8' }).stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number; severity: number }> }>;
    const findings = cli.flatMap((r) => r.messages.map((m) => ({ file: r.filePath.slice(dir.length + 1), ...m })));
    expect(findings.filter((f) => f.severity === 2).length).toBe(12);
    expect(findings.filter((f) => f.severity === 1).length).toBeGreaterThan(10);
    // Annotations in the log: one workflow command per report.
    expect(result.stdout.match(/^::(error|warning|notice) file=/gmu)?.length).toBe(findings.length);
    // The summary: one table row per report, each with its file, position and rule.
    const rows = result.summary.split('\n').filter((l) => l.startsWith('| replies/'));
    expect(rows.length).toBe(findings.length);
    for (const f of findings) expect(rows.some((r) => r.startsWith(`| ${f.file} | ${f.line}:${f.column} |`) && r.includes(`[${f.ruleId}]`))).toBe(true);
    expect(result.summary).toContain('GitHub shows only the first ten annotations');
    expect(result.outputs).toMatchObject({ errors: '12', warnings: String(findings.length - 12), 'exit-code': '1', 'sarif-file': join(dir, 'replylint.sarif') });
    const sarif = JSON.parse(readFileSync(join(dir, 'replylint.sarif'), 'utf8'));
    expect(sarif.runs[0].results.length).toBe(findings.length);
    // The stylish report (the default format input) in the log too.
    expect(result.stdout).toContain(`✖ ${findings.length} problems`);
    rmSync(join(dir, '..'), { recursive: true });
  }, 180_000);

  it('with a working-directory, names files from the repository root in annotations, the summary and SARIF', () => {
    const dir = workspace({ 'support/replies/bad.txt': bad(1), 'support/replies/clean.txt': clean });
    const result = runAction(dir, { paths: 'replies', 'working-directory': 'support', 'sarif-file': 'replylint.sarif' });
    expect(result.status).toBe(1);
    const files = [...result.stdout.matchAll(/^::(?:error|warning|notice) file=([^,]+),/gmu)].map((m) => m[1]);
    expect(files.length).toBeGreaterThan(0);
    expect(new Set(files)).toEqual(new Set(['support/replies/bad.txt']));
    expect(result.summary.split('\n').filter((l) => l.startsWith('| support/replies/bad.txt | ')).length).toBe(files.length);
    const sarif = JSON.parse(readFileSync(join(dir, 'support', 'replylint.sarif'), 'utf8'));
    const locations = sarif.runs[0].results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }> }) => r.locations[0]!.physicalLocation.artifactLocation);
    expect(new Set(locations.map((l: { uri: string }) => l.uri))).toEqual(new Set(['support/replies/bad.txt']));
    expect(sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${dir}/`);
    rmSync(join(dir, '..'), { recursive: true });
  }, 180_000);

  it('exits 0 on clean replies, and max-warnings turns warnings into exit 1', () => {
    const dir = workspace({ 'a.txt': clean, 'b.txt': 'Hi Sam,\n\nI have refunded the charge.\n\nThanks,\nAna\n' });
    const lenient = runAction(dir, { paths: 'a.txt b.txt' });
    expect(lenient.status).toBe(0);
    expect(Number(lenient.outputs.warnings)).toBeGreaterThan(0);
    expect(runAction(dir, { paths: 'a.txt' }).status).toBe(0);
    expect(runAction(dir, { paths: 'a.txt\nb.txt', 'max-warnings': '0' }).status).toBe(1);
    rmSync(join(dir, '..'), { recursive: true });
  }, 180_000);

  it('keeps exit 2 for a config error, names the file and the problem, and says so in the summary', () => {
    const dir = workspace({ 'a.txt': clean, '.replylintrc.json': '{ "extends": "lenient" }' });
    const result = runAction(dir, { paths: '.', 'sarif-file': 'out.sarif' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('.replylintrc.json');
    expect(result.outputs['exit-code']).toBe('2');
    // No SARIF was written, so no output for an upload step to trip on.
    expect(result.outputs['sarif-file']).toBeUndefined();
    expect(result.summary).toContain('could not lint everything');
    rmSync(join(dir, '..'), { recursive: true });
  }, 180_000);

  it('uses the config input for every file', () => {
    const dir = workspace({ 'a.txt': 'Hi Sam,\n\nI have refunded the charge.\n\nThanks,\nAna\n', 'strict.yaml': 'extends: strict\n' });
    const result = runAction(dir, { paths: 'a.txt', config: 'strict.yaml' });
    expect(result.status).toBe(1);
    expect(Number(result.outputs.errors)).toBeGreaterThan(0);
    rmSync(join(dir, '..'), { recursive: true });
  }, 180_000);
});
