import type { FileResult } from '../lint-files.js';

const escapeData = (s: string): string => s.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/gu, '%3A').replace(/,/gu, '%2C');

/** GitHub Actions workflow commands: one annotation per report, shown on the pull request's diff. */
export function formatGithub(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    for (const m of result.messages) {
      const command = m.severity === 'error' ? 'error' : m.severity === 'warn' ? 'warning' : 'notice';
      const properties = [
        `file=${escapeProperty(result.filePath)}`,
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
