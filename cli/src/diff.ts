import { printable } from './printable.js';

/** Above this many lines × lines in the changed region, the region is shown as removed and added whole. */
const matchLimit = 4_000_000;

/**
 * The changed region line by line: lines the fix left alone (between two fixes
 * close together) are context, not a removal and an addition. A longest common
 * subsequence over the region only, which is small since fixes are local.
 */
function regionLines(a: readonly string[], b: readonly string[]): string[] {
  if (a.length * b.length > matchLimit) return [...a.map((l) => `-${l}`), ...b.map((l) => `+${l}`)];
  const common = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) common[i]![j] = a[i] === b[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push(` ${a[i++]}`);
      j++;
    } else if (j < b.length && (i >= a.length || common[i]![j + 1]! >= common[i + 1]![j]!)) out.push(`+${b[j++]}`);
    else out.push(`-${a[i++]}`);
  }
  // Removals before additions within each run of changes, as diff prints them.
  const sorted: string[] = [];
  for (let k = 0; k < out.length; ) {
    if (out[k]!.startsWith(' ')) {
      sorted.push(out[k++]!);
      continue;
    }
    const run: string[] = [];
    while (k < out.length && !out[k]!.startsWith(' ')) run.push(out[k++]!);
    sorted.push(...run.filter((l) => l.startsWith('-')), ...run.filter((l) => l.startsWith('+')));
  }
  return sorted;
}

/** A file's lines, each with its line break; the last has none when the file does not end with one. */
function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/gu) ?? [];
}

/** One line of a hunk: its mark, its text without the break, and diff's note when the file's last line has none. */
function hunkLine(mark: string, line: string): string {
  return line.endsWith('\n') ? `${mark}${line.slice(0, -1)}` : `${mark}${line}\n\\ No newline at end of file`;
}

/**
 * A unified diff of two versions of a file, as one hunk around what changed (fixes are local), that `git apply` and
 * `patch` take as it is: lines are compared with their breaks, so a file's final line break is no line of its own,
 * and a last line without one is marked as diff marks it.
 */
export function unifiedDiff(path: string, before: string, after: string, context = 2): string {
  if (before === after) return '';
  const a = linesOf(before);
  const b = linesOf(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const from = Math.max(0, start - context);
  const toA = Math.min(a.length, endA + context);
  const toB = Math.min(b.length, endB + context);
  // An empty range is written with the line before it (diff's "-0,0" for an empty file).
  const range = (first: number, count: number): string => `${count === 0 ? first : first + 1},${count}`;
  const lines = [
    `--- a/${printable(path)}`,
    `+++ b/${printable(path)}`,
    `@@ -${range(from, toA - from)} +${range(from, toB - from)} @@`,
    ...a.slice(from, start).map((l) => hunkLine(' ', l)),
    ...regionLines(a.slice(start, endA), b.slice(start, endB)).map((l) => hunkLine(l[0]!, l.slice(1))),
    ...a.slice(endA, toA).map((l) => hunkLine(' ', l)),
  ];
  return `${lines.join('\n')}\n`;
}
