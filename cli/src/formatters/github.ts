import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { FileResult, InputProblem } from '../lint-files.js';

/**
 * A reported file's path as GitHub reads it: relative to the repository's checkout (`GITHUB_WORKSPACE`), whatever
 * folder replylint ran in (the Action's `working-directory`, or `cd support && replylint`). Outside a workflow, or for
 * a file outside the checkout, the path as reported.
 */
export function repositoryPath(filePath: string, cwd: string, env: Readonly<Record<string, string | undefined>>): string {
  const workspace = env.GITHUB_WORKSPACE;
  if (!workspace || filePath === '<stdin>') return filePath;
  const inside = relative(resolve(workspace), resolve(cwd, filePath));
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return filePath;
  return inside.split(sep).join('/');
}

const escapeData = (s: string): string => s.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/gu, '%3A').replace(/,/gu, '%2C');

/** GitHub Actions workflow commands: one annotation per report, shown on the pull request's diff. */
export function formatGithub(results: readonly FileResult[], cwd = process.cwd(), env: Readonly<Record<string, string | undefined>> = {}, problems: readonly InputProblem[] = []): string {
  const lines: string[] = [];
  // A path that could not be linted is an error annotation too: on the file when it exists, else on the run.
  for (const problem of problems) {
    const file = existsSync(resolve(cwd, problem.path)) ? `file=${escapeProperty(repositoryPath(problem.path, cwd, env))},` : '';
    lines.push(`::error ${file}title=${escapeProperty('replylint: not linted')}::${escapeData(problem.text)}`);
  }
  for (const result of results) {
    for (const m of result.messages) {
      const command = m.severity === 'error' ? 'error' : m.severity === 'warn' ? 'warning' : 'notice';
      const properties = [
        `file=${escapeProperty(repositoryPath(result.filePath, cwd, env))}`,
        `line=${m.place.start.line}`,
        `col=${m.place.start.column}`,
        `endLine=${m.place.end.line}`,
        `endColumn=${m.place.end.column}`,
        `title=${escapeProperty(`replylint ${m.ruleId}${result.reply ? ` (${result.reply})` : ''}`)}`,
      ].join(',');
      const rewrite = m.expected.length > 0 ? ` Suggested: "${m.expected[0]}".` : '';
      lines.push(`::${command} ${properties}::${escapeData(`${m.reason}.${rewrite} ${m.url}`)}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
