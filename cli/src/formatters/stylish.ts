import { checklistParts, ruleName } from '@replylint/rules';
import type { FileResult } from '../lint-files.js';
import { printable } from '../printable.js';

export interface StylishOptions {
  color: boolean;
  /** Print each reply's score and checklist. */
  score?: boolean;
}

const paint = (color: boolean, code: number, text: string): string => (color ? `\u001b[${code}m${text}\u001b[0m` : text);

/**
 * The score, then one line per checklist part and per report that cost points, the points aligned in one
 * column and each loss with its reason, so the figures of every reply line up.
 */
function scoreLines(result: FileResult, color: boolean): string[] {
  if (!result.scored) return [`  ${paint(color, 2, `not scored: ${result.score.notScored ?? `replylint has no rules for this reply's language (${result.language}) yet`}`)}`];
  const rows = result.score.breakdown.map((line) => {
    const part = line.part !== undefined ? checklistParts.find((p) => p.part === line.part) : undefined;
    const needed = part === undefined || result.checklist[part.part].expected;
    const mark = !needed ? ' ' : line.points >= line.max ? paint(color, 32, '✓') : paint(color, 31, '✗');
    const label = part ? part.label.toLowerCase() : ruleName(line.ruleId ?? '').toLowerCase();
    const points = part ? (needed ? `${line.points}/${line.max}` : 'not needed') : `${line.points}`;
    return { mark, label, points, why: line.reason !== undefined && line.reason !== '' ? (part ? line.reason : printable(line.reason)) : '' };
  });
  // Fixed widths, wide enough for every part's and every rule's name, so one reply's lines align with the next one's.
  const labelWidth = 30;
  const pointsWidth = 10;
  return [
    `  ${paint(color, 1, `score ${result.score.score}/100`)}`,
    ...rows.map((r) => `    ${r.mark} ${r.label.padEnd(labelWidth)}  ${r.points.padStart(pointsWidth)}${r.why ? `  ${r.why}` : ''}`.trimEnd()),
  ];
}

export function formatStylish(results: readonly FileResult[], { color, score = false }: StylishOptions): string {
  let errors = 0;
  let warnings = 0;
  // Info reports are counted apart: they fail no run (--max-warnings counts warnings only).
  let infos = 0;
  let fixable = 0;
  const out: string[] = [];
  for (const result of results) {
    if (result.messages.length === 0 && !score) continue;
    out.push(paint(color, 4, printable(result.reply !== undefined ? `${result.filePath} › ${result.reply}` : result.filePath)));
    if (score) out.push(...scoreLines(result, color));
    const rows = result.messages.map((m) => {
      const isError = m.severity === 'error';
      if (isError) errors++;
      else if (m.severity === 'info') infos++;
      else warnings++;
      if (m.safe) fixable++;
      const where = `${m.place.start.line}:${m.place.start.column}`;
      const rewrite = m.expected.length > 0 ? ` → ${m.expected.slice(0, 2).map((e) => describeRewrite(m.actual, e)).join(' or ')}` : '';
      return { where, level: isError ? 'error' : m.severity === 'info' ? 'info' : 'warning', text: `${m.reason}${rewrite}`, rule: m.ruleId };
    });
    // (A reduce, not Math.max(...): a file with a hundred thousand reports would pass that many arguments, past the stack.)
    const whereWidth = rows.reduce((width, r) => Math.max(width, r.where.length), 0);
    for (const row of rows) {
      const level = paint(color, row.level === 'error' ? 31 : row.level === 'info' ? 34 : 33, row.level.padEnd(7));
      out.push(`  ${paint(color, 2, row.where.padEnd(whereWidth))}  ${level}  ${oneLine(row.text)}  ${paint(color, 2, row.rule)}`);
    }
    out.push('');
  }
  const total = errors + warnings + infos;
  if (total > 0) {
    const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${infos > 0 ? `, ${infos} info` : ''})`;
    out.push(paint(color, errors > 0 ? 31 : 33, summary));
    if (fixable > 0) out.push(`  ${fixable} of them can be fixed with --fix.`);
    out.push('');
  }
  return out.join('\n');
}

/**
 * A rewrite as a reader needs it: an insertion (the flagged text kept, a
 * closing invitation or thanks added before or after it) says only what is
 * added, instead of reprinting the paragraph; a deletion says "remove"; anything
 * else is the new text.
 */
export function describeRewrite(actual: string, rewrite: string): string {
  if (rewrite === '' && actual !== '') return 'remove';
  if (actual !== '' && rewrite.length > actual.length) {
    if (rewrite.startsWith(actual)) return `add: ${quoted(words(rewrite.slice(actual.length)))}`;
    if (rewrite.endsWith(actual)) return `add before: ${quoted(words(rewrite.slice(0, rewrite.length - actual.length)))}`;
  }
  return quoted(rewrite);
}

/**
 * Text between quotes as the reader sees it: its line breaks kept, for the row to show as ⏎ (a numbered list reads
 * "1. Go to Settings.⏎2. Click Privacy."), not escaped as JSON's \n.
 */
const quoted = (text: string): string => `"${text.trim()}"`;
/** What an insertion says, without the markup that places it («</p><p>Please reach out…» in an HTML reply). */
function words(added: string): string {
  const text = added.replace(/<[^<>]*>/gu, ' ').replace(/[ \t]{2,}/gu, ' ').trim();
  return text === '' ? added : text;
}

const oneLine = (text: string): string => printable(text.replace(/\r?\n/gu, '⏎'));
