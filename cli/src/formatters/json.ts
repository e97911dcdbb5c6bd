import { isAbsolute, resolve } from 'node:path';
import { checklistParts, type ReplyMessage, type ScoreLine } from '@replylint/rules';
import type { FileResult } from '../lint-files.js';

/** One message in ESLint's JSON shape, with replylint's own fields (url, actual, expected, note) alongside. */
export interface JsonMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: { range: [number, number]; text: string };
  suggestions: Array<{ desc: string; fix: { range: [number, number]; text: string } }>;
  source: 'replylint';
  url: string;
  actual: string;
  expected: string[];
  note: string;
}

export interface JsonChecklistItem {
  part: string;
  label: string;
  present: boolean;
  expected: boolean;
  /** 1-based line and column of the part, when present. */
  line?: number;
  column?: number;
}

export interface JsonResult {
  filePath: string;
  /** In a file that holds many replies, the reply's title or key. */
  reply?: string;
  messages: JsonMessage[];
  /** Which parts of a good reply are present, and where. */
  checklist: JsonChecklistItem[];
  /** The reply's language, and whether it was scored (replylint has rules for it). */
  language: string;
  scored: boolean;
  /** The reply score, 0 to 100, and how it was reached. */
  score: number;
  /** Every line of the score; a line that lost points says why in `reason`. */
  scoreBreakdown: ScoreLine[];
  /** Why the reply is not scored, when it is not ("the reply is empty"). */
  notScored?: string;
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

export function toJsonMessage(m: ReplyMessage): JsonMessage {
  const range: [number, number] = [m.place.start.offset!, m.place.end.offset!];
  const json: JsonMessage = {
    ruleId: m.ruleId,
    severity: m.severity === 'error' ? 2 : 1,
    message: m.reason,
    line: m.place.start.line,
    column: m.place.start.column,
    endLine: m.place.end.line,
    endColumn: m.place.end.column,
    suggestions: m.expected.map((text) => ({ desc: describeRewrite(m.actual, text), fix: { range, text } })),
    source: 'replylint',
    url: m.url,
    actual: m.actual,
    expected: m.expected,
    note: m.note,
  };
  if (m.safe) json.fix = { range, text: m.expected[0]! };
  return json;
}

export function describeRewrite(actual: string, text: string): string {
  if (text === '') return `Delete "${oneLine(actual)}"`;
  return `Replace with "${oneLine(text)}"`;
}

const oneLine = (s: string): string => (s.length > 80 ? `${s.slice(0, 77)}…` : s).replace(/\r?\n/gu, '⏎');

function lineColumn(text: string | undefined, offset: number): { line: number; column: number } | undefined {
  if (text === undefined) return undefined;
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export function toJsonResult(result: FileResult, text?: string): JsonResult {
  const messages = result.messages.map(toJsonMessage);
  const checklist = checklistParts.map(({ part, label }) => {
    const item = result.checklist[part];
    const where = item.present && item.range ? lineColumn(text, item.range.start) : undefined;
    return { part, label, present: item.present, expected: item.expected, ...(where ?? {}) };
  });
  const errors = messages.filter((m) => m.severity === 2);
  const warnings = messages.filter((m) => m.severity === 1);
  return {
    filePath: result.filePath,
    ...(result.reply !== undefined ? { reply: result.reply } : {}),
    messages,
    checklist,
    language: result.language,
    scored: result.scored,
    score: result.score.score,
    scoreBreakdown: result.score.breakdown,
    ...(result.score.notScored !== undefined ? { notScored: result.score.notScored } : {}),
    errorCount: errors.length,
    warningCount: warnings.length,
    fixableErrorCount: errors.filter((m) => m.fix).length,
    fixableWarningCount: warnings.filter((m) => m.fix).length,
  };
}

/** ESLint's JSON: with `cwd`, each filePath is absolute, as ESLint writes it (standard input keeps its name). */
export function formatJson(results: readonly FileResult[], texts?: ReadonlyMap<string, string>, cwd?: string): string {
  const absolute = (file: string): string => (cwd === undefined || file === '<stdin>' || isAbsolute(file) ? file : resolve(cwd, file));
  return `${JSON.stringify(results.map((r) => ({ ...toJsonResult(r, texts?.get(r.filePath)), filePath: absolute(r.filePath) })), null, 2)}\n`;
}
