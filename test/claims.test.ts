/**
 * The README's promises and what backs them. Each row quotes a promise from
 * the "Tests", "Robustness" or "Measuring" section and names the tests (file
 * and title, as written in the file) that fail when it is broken; a
 * performance target names the benchmark that prints "met" or "missed"
 * against it (benchmarks are not timed tests: they never fail CI).
 *
 * This file fails when a row's words are no longer in the README, when a named
 * test is gone, renamed or skipped, or when a bullet of those sections has no
 * row: a new promise needs a test, or it comes out of the README.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Section = 'Tests' | 'Robustness' | 'Measuring';
interface Claim {
  section: Section;
  /** Words of the README, as written (white space aside). */
  promise: string;
  /** [file, test title as written in it]. */
  tests?: Array<[string, string]>;
  /** [script, the words it prints with "met" or "missed"]. */
  benchmark?: [string, string];
}

const claims: Claim[] = [
  // Tests
  { section: 'Tests', promise: 'every rule has at least ten replies it must report and ten it must leave alone', tests: [['rules/src/rules/rule-tables.test.ts', 'has at least ten replies to report and ten to leave alone'], ['rules/src/rules/no-negative-phrasing.test.ts', "leaves %j alone"]] },
  { section: 'Tests', promise: 'the doc examples', tests: [['rules/src/docs.test.ts', '${id}: ${example.kind} example ${JSON.stringify(example.text.slice(0, 50))}']] },
  { section: 'Tests', promise: 'positions with CRLF, emoji and non-Latin text', tests: [['rules/src/positions.test.ts', 'are exact with CRLF line endings'], ['rules/src/positions.test.ts', 'count emoji as two UTF-16 code units, as editors do'], ['rules/src/positions.test.ts', 'hold in text with Arabic, Chinese and combining marks']] },
  { section: 'Tests', promise: 'the CLI in-process and the built binary end to end', tests: [['cli/src/run.test.ts', 'prints ESLint-shaped JSON with 1-based lines and UTF-16 columns'], ['test/cli.e2e.test.ts', 'lints the bundled examples: the mission rules report somewhere, and the model replies are clean']] },
  { section: 'Tests', promise: 'fixture template repositories in every format with their reports checked exactly against hand-checked expected files', tests: [['test/templates.e2e.test.ts', '${name}: reports exactly what expected.json says']] },
  { section: 'Tests', promise: 'SARIF validated against the SARIF 2.1.0 schema', tests: [['test/templates.e2e.test.ts', '${name}: SARIF output is valid against the SARIF 2.1.0 schema']] },
  { section: 'Tests', promise: '`--fix` shown idempotent and harmless to placeholders and markup', tests: [['test/templates.e2e.test.ts', '${name}: --fix is idempotent and leaves placeholders, tags and attributes alone']] },
  { section: 'Tests', promise: 'a generated stress repository of 1,800 templates', tests: [['test/templates.e2e.test.ts', 'lints thousands of templates in every syntax with no crash and no report on a placeholder']] },
  { section: 'Tests', promise: 'the language server over stdio with the LSP protocol client', tests: [['test/lsp.e2e.test.ts', 'diagnoses, re-diagnoses after an edit, fixes, and explains'], ['test/lsp.e2e.test.ts', 'offers fix-all as a source action, and dismissing a report leaves the reply untouched'], ['test/lsp-editor.e2e.test.ts', 'holds whole-reply reports until the sign-off, while phrase reports on finished sentences show'], ['test/lsp-editor.e2e.test.ts', 'reports on the whole reply once the draft is saved, or after the idle time the setting names'], ['test/lsp-editor.e2e.test.ts', 'dismiss hides the report in this reply, leaves the text alone, survives a restart, and can be undone'], ['test/lsp.e2e.test.ts', 'answers pull diagnostics for clients that ask'], ['test/lsp.e2e.test.ts', 'holds back the sentence being typed in focus mode until the writer pauses']] },
  { section: 'Tests', promise: "a real Neovim and a real Emacs with eglot, each set up with this README's recipe word for word", tests: [['test/clients/neovim.test.ts', 'gets diagnostics and hovers for %s (filetype %s, detected by Neovim)'], ['test/clients/emacs.test.ts', 'gets diagnostics for a .txt reply (text-mode) and a .md reply (markdown-mode)']] },
  { section: 'Tests', promise: 'the release artefacts as a user gets them', tests: [['test/release.e2e.test.ts', 'installs with no dependencies to fetch, and carries schema, README and LICENSE'], ['test/release.e2e.test.ts', 'npx replylint --help'], ['test/release.e2e.test.ts', '--print-config names the config file and the settings it gives'], ['test/release.e2e.test.ts', "the README's $schema path exists in the install and is the config schema"], ['test/release.e2e.test.ts', 'lints a folder with no node on PATH']] },
  { section: 'Tests', promise: "the GitHub Action's entry point run as the runner runs it", tests: [['test/action.e2e.test.ts', 'lists every report in the step summary (more than the ten annotations GitHub shows), annotates, writes SARIF and keeps exit 1'], ['test/clients/pre-commit.test.ts', 'fail on a reply with an error-level finding, naming it']] },
  { section: 'Tests', promise: 'the browser extension in Chromium', tests: [['test/clients/browser.test.ts', 'is off by default: a site not enabled gets no overlay and no lint'], ['test/clients/browser.test.ts', 'an Arabic reply in CKEditor 5 with dir="rtl": underlines under the right words, rewrite applied']] },
  {
    section: 'Tests',
    promise: "the same extension in Debian's Firefox ESR",
    tests: [
      ['test/clients/firefox.test.ts', 'installs as a temporary add-on from the same build as for Chromium, and is off on a site not enabled'],
      ['test/clients/firefox.test.ts', ': enabled from the popup, underlines at the flagged words, a rewrite applied from the keyboard'],
    ],
  },
  { section: 'Tests', promise: 'a real VS Code (code-server in headless Chromium, driven by playwright-core)', tests: [['test/clients/vscode.test.ts', 'shows squiggles, opens the quick-fix menu, and applies a rewrite']] },
  { section: 'Tests', promise: 'the trainer report in Chromium', tests: [['test/clients/report.test.ts', 'shows the numbers the JSON output gives'], ['test/clients/report.test.ts', "shows a highlight\\'s message, why and rewrite on hover and on keyboard focus"], ['test/clients/report.test.ts', 'filters by rule and by group'], ['test/clients/report.test.ts', 'lays right-to-left text out right to left'], ['test/clients/report.test.ts', 'has no serious accessibility violations (axe-core)']] },

  // Robustness
  { section: 'Robustness', promise: 'Arbitrary text never breaks the core', tests: [['rules/src/properties.test.ts', 'never throws, and every range lies inside the text on code-point boundaries'], ['rules/src/properties.test.ts', 'every offered rewrite yields text that lints without throwing'], ['rules/src/properties.test.ts', 'applying all safe fixes twice equals applying them once']] },
  { section: 'Robustness', promise: 'A soak test types 3,000 random edits into 25 documents', tests: [['test/soak.e2e.test.ts', 'stays up, keeps its memory flat, and ends with the diagnostics of a fresh lint']] },
  { section: 'Robustness', promise: 'Bad input gets a message that names the file and the problem, exit code 2, and no file is modified', tests: [['test/bad-input.e2e.test.ts', '%s: a clear message, exit 2, nothing modified'], ['test/bad-input.e2e.test.ts', 'an unreadable file: a clear message, exit 2, nothing modified (as root too)'], ['cli/src/run.test.ts', 'names the file and the problem for bad input, lints the rest, and exits 2'], ['cli/src/run.test.ts', 'UTF-32 is named as such, not called binary'], ['cli/src/run.test.ts', 'is named as such, not "no such file"'], ['test/robustness.e2e.test.ts', 'stops reading at --max-file-size: endless input gets an error, not all of memory']] },
  { section: 'Robustness', promise: 'An empty file is linted like any other and has nothing to report (exit code 0)', tests: [['test/bad-input.e2e.test.ts', 'an empty file is fine']] },
  { section: 'Robustness', promise: 'So is a folder named on the command line with no replies in it, as a glob that matches nothing is', tests: [['test/bad-input.e2e.test.ts', 'a folder with no replies in it is an input error, as a glob matching nothing is, and the other paths are still linted']] },
  { section: 'Robustness', promise: 'A broken template', tests: [['test/cli.e2e.test.ts', 'exits 1 on a broken template: an error report, not bad input']] },
  { section: 'Robustness', promise: 'UTF-16 files with a byte-order mark are read as UTF-16', tests: [['cli/src/run.test.ts', 'with a byte-order mark (%s) are linted, and --fix writes them back as UTF-16']] },
  { section: 'Robustness', promise: 'A file that cannot be linted (nested thousands deep, say) is named with the problem', tests: [['test/robustness.e2e.test.ts', 'are a clear per-file error; the report is still written with the other replies']] },
  { section: 'Robustness', promise: 'Files outside what was given are never read', tests: [['cli/src/run.test.ts', 'are skipped with a note, and their text is never quoted in any format'], ['cli/src/run.test.ts', 'a linked folder that points outside is not entered, so --fix never writes there']] },
  { section: 'Robustness', promise: '`--fix` killed mid-run leaves every file untouched or fully fixed', tests: [['test/fix-interrupt.e2e.test.ts', 'leaves every file untouched or fully fixed when killed mid-run %s'], ['cli/src/write.test.ts', 'refuses a file edited since it was read, keeping the edit and leaving no temporary file'], ['cli/src/run.test.ts', 'writes through a link inside the tree: the target changes, the link stays a link'], ['cli/src/run.test.ts', 'keeps the mode, whatever the umask, and the owner'], ['cli/src/run.test.ts', 'refuses a hard-linked file, and a read-only one, with a message, leaving them as they were'], ['cli/src/run.test.ts', 'keeps a UTF-8 BOM']] },
  { section: 'Robustness', promise: '`--cache` is only a shortcut', tests: [['cli/src/run.test.ts', "a cache changed outside replylint, or of the wrong shape, is ignored with a warning and never replaces a file's reports"]] },
  { section: 'Robustness', promise: "A team's phrases are literal text, never regular expressions", tests: [['test/bad-input.e2e.test.ts', "a team's phrases are literal text: a pattern that would backtrack catastrophically is just words"], ['rules/src/rules/team-phrases.test.ts', 'refuses more than ${maxTeamPhrases.toLocaleString(\'en\')} phrases with a ConfigError that does not quote them']] },
  { section: 'Robustness', promise: 'so the extension works in untrusted workspaces', tests: [['test/claims.test.ts', 'the extension declares untrusted-workspace support, and its config files are data, never code']] },
  { section: 'Robustness', promise: 'Output stays in proportion to the replies', tests: [['test/robustness.e2e.test.ts', 'a long last sentence is not repeated in rewrites, and a step list longer than a screen is not offered'], ['cli/src/pool.test.ts', 'is bounded by the cores and by the number of files']] },
  { section: 'Robustness', promise: 'Output formats hold whatever the files hold', tests: [['cli/src/run.test.ts', 'are printed with their control characters escaped'], ['cli/src/run.test.ts', 'keeps cells that start like a formula as text'], ['cli/src/run.test.ts', 'percent-encodes file names in artifact URIs'], ['cli/src/run.test.ts', 'create the folders a report goes into']] },
  { section: 'Robustness', promise: 'The language server never freezes', tests: [['test/lint-worker.test.ts', 'abandons a lint that runs past its budget, and goes on with a fresh worker'], ['test/lsp-robustness.e2e.test.ts', 'is abandoned past the time budget, with one diagnostic saying so, while the server keeps answering'], ['test/lsp-robustness.e2e.test.ts', 'answers a request before initialize with ServerNotInitialized (-32002), and serves after initialize'], ['test/lsp-robustness.e2e.test.ts', 'a focus delay longer than a timer can hold means "until the writer edits elsewhere", not a republish every millisecond'], ['test/lsp-robustness.e2e.test.ts', 'get diagnostics, and fix-all works on them']] },
  { section: 'Robustness', promise: 'Every regular expression in `rules/`, `cli/` and `server/`', tests: [['test/redos.test.ts', 'every regular expression in rules/, cli/ and server/ is safe, or listed']] },
  { section: 'Robustness', promise: "A reply's language is detected from the words of its prose", tests: [['rules/src/language.test.ts', 'is Arabic when the reply is mostly in Arabic script'], ['rules/src/language.test.ts', 'keeps the English phrases off an Arabic reply (only rules that know Arabic run), and an explicit language wins']] },
  { section: 'Robustness', promise: 'Every language replylint detects has the checklist\'s signals, so every reply is scored', tests: [['test/claims.test.ts', 'every language replylint detects is scored']] },

  // Measuring
  { section: 'Measuring', promise: '`npm run eval [-- --held] [--show <rule|act>]` measures the five mission rules', tests: [] },
  { section: 'Measuring', promise: 'How many times the bare parse replylint takes (target: at most 6×', benchmark: ['bench/peers.js', '(target: at most 6×: '] },
  { section: 'Measuring', promise: '`npm run bench:parse [-- <replies.jsonl | folder>]` is the quick check', benchmark: ['scripts/bench.js', 'target: replylint at most 6× the bare parse '] },
  { section: 'Measuring', promise: '`npm run bench:server [-- <edits>]` drives the real language server', benchmark: ['scripts/bench-server.js', 'a 20,000-word document under 20 ms: '] },
  { section: 'Measuring', promise: 'A test checks that this gives exactly what checking the whole reply gives', tests: [['rules/src/incremental.test.ts', 'reports exactly what checking it whole reports (${name})'], ['rules/src/incremental.test.ts', 'after each of many edits, reports what a fresh check of the edited text reports']] },
  { section: 'Measuring', promise: 'After start-up the server\'s lint worker (the thread its lints run in) warms up', tests: [['server/src/warm-up.test.ts', 'covers every rule example in both languages, and a reply long enough to be checked paragraph by paragraph'], ['server/src/warm-up.test.ts', 'waits while the writer is busy, then goes on']] },
  { section: 'Measuring', promise: 'and says whether every shape stays under 2 s at 1 MB (the target)', benchmark: ['scripts/bench-scaling.js', "target (every shape under ${targetMs / 1000} s at 1 MB): ${missed.length === 0 ? 'met' : 'missed'}"] },
  { section: 'Measuring', promise: '`npm run bench:arabic [-- <pairs>]` lints 1,200 replies in English', benchmark: ['scripts/bench-arabic.js', "target: Arabic linting as fast as English (ratio at most 1.00× per reply, noise aside): "] },
  { section: 'Measuring', promise: 'Target: 10,000 files in under 10 s here', benchmark: ['scripts/bench-files.js', 'target: 10,000 template files in under 10 s on this 2-core machine: '] },
  { section: 'Measuring', promise: 'Targets: under 10 MB, under 3 s', benchmark: ['scripts/bench-report.js', "targets: under 10 MB: ${size / 1048576 < 10 ? 'met' : 'missed'}; opens in under 3 s: "] },
  { section: 'Measuring', promise: '`npm run corpus -- <replies.jsonl | folder>` lints a corpus', tests: [['test/replies-loader.test.ts', 'reads Markdown files as Markdown: front matter and HTML blocks are not the reply, and no report lands in them']] },
  { section: 'Measuring', promise: '`npm run bench:startup` (also the end of `npm run bench`) times `replylint` on one file as a whole process', benchmark: ['scripts/bench-startup.js', 'lints one file in at most 150 ms: ${ms <= 150 ? '] },
];

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const squash = (text: string): string => text.replace(/\s+/gu, ' ');
const sectionText = (title: Section): string => {
  const start = readme.indexOf(`\n## ${title}\n`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
};
const bullets = (title: Section): string[] =>
  sectionText(title)
    .split(/\n(?=- )/u)
    .slice(1)
    .map((b) => squash(b.replace(/\n\n[\s\S]*$/u, '')));
const source = (file: string): string => squash(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'));

describe('README claims table', () => {
  it.each(claims.map((c) => [c.section, c.promise, c] as const))('%s: "%s" is in the README, backed as named', (section, promise, claim) => {
    expect(squash(sectionText(section))).toContain(squash(promise));
    expect((claim.tests?.length ?? 0) > 0 || claim.benchmark !== undefined || claim.tests?.length === 0).toBe(true);
    for (const [file, title] of claim.tests ?? []) {
      const text = source(file);
      const at = text.indexOf(squash(title));
      expect(at, `${file} has no test titled ${JSON.stringify(title)}`).toBeGreaterThanOrEqual(0);
      // The title's own call: it(…), it.each(…)(…), describe(…); never skipped or left to do.
      const call = text.slice(Math.max(0, text.lastIndexOf('\n', at) === -1 ? at - 200 : at - 200), at);
      expect(call, `${file}: ${title}`).not.toMatch(/\b(?:it|test|describe)\.(?:skip|todo|skipIf|fails)\b[^;]*$/u);
    }
    if (claim.benchmark) {
      const [file, words] = claim.benchmark;
      const text = source(file);
      expect(text, `${file} compares its figure with its target`).toContain(squash(words));
      expect(text).toMatch(/'met'\s*:\s*'missed'|\? 'met' : 'missed'|'met' : 'missed'|MISSED/u);
    }
  });

  it.each(['Tests', 'Robustness', 'Measuring'] as const)('every bullet of "%s" has a row', (section) => {
    const rows = claims.filter((c) => c.section === section).map((c) => squash(c.promise));
    const unbacked = bullets(section).filter((bullet) => !rows.some((row) => bullet.includes(row)));
    expect(unbacked).toEqual([]);
  });

  it('names only the measuring tool as backed by no test (it reports figures for a person to read)', () => {
    expect(claims.filter((c) => c.tests?.length === 0 && !c.benchmark).map((c) => c.promise.split(' ')[2])).toEqual(['eval']);
  });
});

describe('claims backed here', () => {
  it('the extension declares untrusted-workspace support, and its config files are data, never code', async () => {
    const manifest = JSON.parse(readFileSync(new URL('../client/package.json', import.meta.url), 'utf8')) as { capabilities: { untrustedWorkspaces: { supported: boolean } } };
    expect(manifest.capabilities.untrustedWorkspaces).toEqual({ supported: true });
    // The config loader reads JSON and YAML only: a JavaScript config file is never loaded, let alone run.
    const { mkdtempSync, writeFileSync, existsSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { run } = await import('../cli/src/index.js');
    const dir = mkdtempSync(join(tmpdir(), 'replylint-untrusted-'));
    const marker = join(dir, 'ran');
    for (const name of ['.replylintrc.js', '.replylintrc.cjs', '.replylintrc.mjs', 'replylint.config.js']) {
      writeFileSync(join(dir, name), `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x'); module.exports = { rules: {} };`);
    }
    writeFileSync(join(dir, 'reply.txt'), 'Hi Sam,\n\nYou need to restart.\n\nBest,\nAna\n');
    let stdout = '';
    await run(['--format', 'json', 'reply.txt'], { cwd: dir, stdout: (t) => (stdout += t), stderr: () => {}, readStdin: async () => new Uint8Array(), isTTY: false, env: {} });
    expect(existsSync(marker)).toBe(false);
    expect((JSON.parse(stdout) as Array<{ messages: Array<{ ruleId: string }> }>)[0]!.messages.map((m) => m.ruleId)).toContain('no-negative-phrasing');
  });

  it('every language replylint detects is scored', async () => {
    const { languages, review } = await import('../rules/src/index.js');
    const { checklistLanguages } = await import('../rules/src/checklist.js');
    expect([...languages].sort()).toEqual([...checklistLanguages].sort());
    expect(review('Hi Sam,\n\nYour order shipped.\n\nBest,\nAna')).toMatchObject({ language: 'en', scored: true });
    expect(review('مرحبا ليلى،\n\nتم شحن طلبك اليوم.\n\nمع خالص التحية،\nنور')).toMatchObject({ language: 'ar', scored: true });
  });
});
