import type { FileResult } from '../lint-files.js';

export interface StylishOptions {
  color: boolean;
}

const paint = (color: boolean, code: number, text: string): string => (color ? `\u001b[${code}m${text}\u001b[0m` : text);

/** A readable report: one block per file, a line per message, totals at the end. */
export function formatStylish(results: readonly FileResult[], { color }: StylishOptions): string {
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  const out: string[] = [];
  for (const result of results) {
    if (result.messages.length === 0) continue;
    out.push(paint(color, 4, result.filePath));
    const rows = result.messages.map((m) => {
      const isError = m.severity === 'error';
      if (isError) errors++;
      else warnings++;
      if (m.safe) fixable++;
      const where = `${m.place.start.line}:${m.place.start.column}`;
      const rewrite = m.expected.length > 0 ? ` → ${m.expected.map((e) => JSON.stringify(e)).slice(0, 2).join(' or ')}` : '';
      return { where, level: isError ? 'error' : m.severity === 'info' ? 'info' : 'warning', text: `${m.reason}${rewrite}`, rule: m.ruleId };
    });
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    for (const row of rows) {
      const level = paint(color, row.level === 'error' ? 31 : row.level === 'info' ? 34 : 33, row.level.padEnd(7));
      out.push(`  ${paint(color, 2, row.where.padEnd(whereWidth))}  ${level}  ${oneLine(row.text)}  ${paint(color, 2, row.rule)}`);
    }
    out.push('');
  }
  const total = errors + warnings;
  if (total > 0) {
    const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`;
    out.push(paint(color, errors > 0 ? 31 : 33, summary));
    if (fixable > 0) out.push(`  ${fixable} of them can be fixed with --fix.`);
    out.push('');
  }
  return out.join('\n');
}

const oneLine = (text: string): string => text.replace(/\r?\n/gu, '⏎');
