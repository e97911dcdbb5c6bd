/**
 * The GitHub Action (action.yml): lints once, then writes what a workflow run
 * shows. The runner passes inputs as INPUT_<NAME> variables and reads outputs
 * and the step summary from the files GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
 * name. GitHub shows only the first ten annotations of each kind per step, so
 * the step summary lists every report. The exit code is the CLI's: 0 clean, 1
 * errors or too many warnings, 2 a usage, config or input error.
 */
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { run, type Io } from './run.js';
import type { JsonResult } from './formatters/json.js';
import { repositoryPath } from './formatters/github.js';

const input = (name: string): string => (process.env[`INPUT_${name.replaceAll(' ', '_').toUpperCase()}`] ?? '').trim();

/** Paths are given one per line or separated by spaces (a path with a space goes on its own line). */
function pathsFrom(text: string): string[] {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.length === 1 ? lines[0]!.split(' ').filter(Boolean) : lines;
}

/** A Markdown table cell: no line breaks, no pipes that would end the cell. */
const cell = (text: string): string => text.replaceAll('\r', '').replaceAll('\n', ' ').replaceAll('|', '\\|');

function summary(results: JsonResult[], cwd: string, code: number): string {
  const findings = results.flatMap((r) => r.messages.map((m) => ({ r, m })));
  const errors = findings.filter(({ m }) => m.severity === 2).length;
  const lines = ['## replylint', ''];
  if (code === 2) lines.push('replylint could not lint everything: see the job log for the file and the problem.', '');
  lines.push(`${results.length} ${results.length === 1 ? 'reply' : 'replies'} linted: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${findings.length - errors} ${findings.length - errors === 1 ? 'warning' : 'warnings'}.`);
  if (findings.length === 0) return `${lines.join('\n')}\n`;
  lines.push(
    '',
    'Every report is listed here: GitHub shows only the first ten annotations of each kind on a pull request.',
    '',
    '| file | line | severity | rule | message |',
    '|---|---|---|---|---|',
  );
  for (const { r, m } of findings) {
    const file = `${repositoryPath(relative(cwd, r.filePath), cwd, process.env)}${r.reply !== undefined ? ` › ${r.reply}` : ''}`;
    lines.push(`| ${cell(file)} | ${m.line}:${m.column} | ${m.severity === 2 ? 'error' : 'warning'} | [${m.ruleId}](${m.url}) | ${cell(m.message)} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** One output line, or a heredoc for a value with line breaks, as the runner reads GITHUB_OUTPUT. */
function output(name: string, value: string): string {
  if (!value.includes('\n')) return `${name}=${value}\n`;
  const delimiter = `replylint_${Date.now()}`;
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

export async function action(): Promise<number> {
  const cwd = resolve(process.cwd(), input('working-directory') || '.');
  const paths = pathsFrom(input('paths') || '.');
  const common = [...paths];
  if (input('config')) common.push('--config', input('config'));
  if (input('max-warnings') && input('max-warnings') !== '-1') common.push('--max-warnings', input('max-warnings'));
  const format = input('format') || 'stylish';
  const sarif = input('sarif-file');

  const scratch = mkdtempSync(join(tmpdir(), 'replylint-action-'));
  // Lint once; the other reports come from the cache the first run fills.
  const cache = ['--cache', '--cache-location', join(scratch, 'cache')];
  const io = (quiet: boolean): Io => ({
    cwd,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => (quiet ? undefined : process.stderr.write(text)),
    readStdin: async () => new Uint8Array(),
    isTTY: false,
    env: { ...process.env, NO_COLOR: '1' },
  });
  try {
    const jsonFile = join(scratch, 'report.json');
    const code = await run([...common, ...cache, '--format', 'json', '--output-file', jsonFile], io(false));
    let results: JsonResult[] = [];
    try {
      results = JSON.parse(readFileSync(jsonFile, 'utf8')) as JsonResult[];
    } catch {
      // A usage or config error stops before any report: nothing to annotate.
    }
    if (results.length > 0 || code !== 2) {
      // The log: annotations (workflow commands), then the report in the chosen format.
      await run([...common, ...cache, '--format', 'github'], io(true));
      if (format !== 'github') await run([...common, ...cache, '--format', format], io(true));
      if (sarif) await run([...common, ...cache, '--format', 'sarif', '--output-file', sarif], io(true));
    }
    const errors = results.reduce((n, r) => n + r.errorCount, 0);
    const warnings = results.reduce((n, r) => n + r.warningCount, 0);
    if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, summary(results, cwd, code));
    // sarif-file is set only when the file was written, so an upload step can test it (a config error writes none).
    if (process.env.GITHUB_OUTPUT) {
      appendFileSync(process.env.GITHUB_OUTPUT, output('errors', String(errors)) + output('warnings', String(warnings)) + output('exit-code', String(code)) + (sarif && existsSync(resolve(cwd, sarif)) ? output('sarif-file', resolve(cwd, sarif)) : ''));
    }
    return code;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
