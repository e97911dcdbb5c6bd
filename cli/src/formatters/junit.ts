import type { FileResult, InputProblem } from '../lint-files.js';

/**
 * Text escaped for XML, with the characters XML 1.0 cannot hold at all (C0
 * controls but tab and line breaks, lone surrogates, U+FFFE, U+FFFF) shown as
 * U+FFFD: a parser rejects the whole report over one of them.
 */
const xml = (s: string): string =>
  s.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/gu, '\ufffd');

/**
 * JUnit XML: a suite per file (or reply), a failing test case per report, a passing one for a clean reply, and a test
 * case in error for each path that could not be linted.
 */
export function formatJunit(results: readonly FileResult[], problems: readonly InputProblem[] = []): string {
  const suites = results.map((result) => {
    const name = result.reply ? `${result.filePath} › ${result.reply}` : result.filePath;
    const cases = result.messages.map((m) => {
      const where = `${result.filePath}:${m.place.start.line}:${m.place.start.column}`;
      const detail = `${where} ${m.ruleId}: ${m.reason}\n"${m.actual}"${m.expected.length ? ` → "${m.expected[0]}"` : ''}\n${m.url}`;
      return `    <testcase name="${xml(`${where} ${m.ruleId}`)}" classname="replylint.${xml(m.ruleId)}" time="0"><failure message="${xml(m.reason)}" type="${m.severity}">${xml(detail)}</failure></testcase>`;
    });
    if (cases.length === 0) cases.push(`    <testcase name="${xml(name)}" classname="replylint" time="0"/>`);
    return `  <testsuite name="${xml(name)}" tests="${cases.length}" failures="${result.messages.length}" errors="0" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`;
  });
  if (problems.length > 0) {
    const cases = problems.map((p) => `    <testcase name="${xml(p.path)}" classname="replylint" time="0"><error message="${xml(p.text)}" type="input">${xml(p.text)}</error></testcase>`);
    suites.push(`  <testsuite name="replylint: not linted" tests="${problems.length}" failures="0" errors="${problems.length}" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  const tests = results.reduce((n, r) => n + Math.max(1, r.messages.length), 0) + problems.length;
  const failures = results.reduce((n, r) => n + r.messages.length, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="replylint" tests="${tests}" failures="${failures}" errors="${problems.length}" time="0">\n${suites.join('\n')}\n</testsuites>\n`;
}
