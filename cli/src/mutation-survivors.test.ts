/**
 * Exact outputs no other test pinned: each test here kills mutants a sampled
 * mutation run (scripts/mutation-sample.mjs cli/src 40, seeds 41, 42 and 43) left
 * alive. They check what a user sees: reply names, exit codes, scores, the
 * report's HTML and JSON, the config --init writes, the cache's decisions.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cli as runCli, workspace as folder } from '../test/helpers.js';
import { action } from './action.js';
import { loadConfigFile } from './config.js';
import { decodeJsonString, extractReplies, multiReplyKind } from './extract.js';
import { configText } from './init.js';
import { lintFile } from './lint-files.js';
import { processAll, useWorker } from './pool.js';
import { writeReport } from './write.js';
import type { FileJob } from './process-file.js';

/** The CLI run in `cwd`, and a folder of files, as every test here uses them. */
const cli = (args: string[], cwd: string) => runCli(args, { cwd });
const workspace = (files: Record<string, string>): string => folder(files, 'replylint-survivors-');

const good = (body: string): string => `"Thanks for waiting. ${body} Please reach out if anything else comes up."`;

describe('CSV replies: the title column names each reply', () => {
  it('takes the title from the first title-like column, even when it is the first column', () => {
    // "id" is a title key and comes first: findIndex gives 0, which must count as found.
    const names = extractReplies('csv', `id,body\nrefund-1,${good('I refunded it.')}\nrestart-2,${good('I restarted it.')}\n`).map((r) => r.name);
    expect(names).toEqual(['refund-1', 'restart-2']);
  });

  it('takes the title from a later column, and falls back to the row number without one', () => {
    expect(extractReplies('csv', `body,title\n${good('I refunded it.')},Refund\n`).map((r) => r.name)).toEqual(['Refund']);
    expect(extractReplies('csv', `body\n${good('I refunded it.')}\n${good('I restarted it.')}\n`).map((r) => r.name)).toEqual(['row 2', 'row 3']);
    // An empty title cell also falls back to the row number.
    expect(extractReplies('csv', `title,body\n,${good('I refunded it.')}\n`).map((r) => r.name)).toEqual(['row 2']);
  });

  it('names the reply by its title in the stylish output', async () => {
    const dir = workspace({ 'macros.csv': 'id,body\nrestart,"Thanks for waiting. You need to restart the app."\n' });
    const { code, stdout, stderr } = await cli(['macros.csv'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('macros.csv › restart');
  });
});

describe('a file of many replies linted without --fix', () => {
  it('returns its results and no fixed text', () => {
    const outcome = lintFile('replies.csv', `title,text\nRefund,${good('I refunded it.')}\n`, {});
    expect(Object.keys(outcome)).toEqual(['results']);
  });

  it('exits 0 with nothing on stderr when its replies are clean', async () => {
    const dir = workspace({ 'replies.csv': `title,text\nRefund,${good('I refunded it.')}\nRestart,${good('I restarted it.')}\n` });
    expect(await cli(['replies.csv'], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('replylint report --preset', () => {
  // One warning (no-negative-phrasing) and a missing closing invitation: a warning costs less than an error.
  const reply = 'Hi Sam,\n\nYou need to restart the app.\n\nThanks,\nAna\n';
  const scoreOf = async (dir: string, ...args: string[]): Promise<string> => {
    const { code, stderr } = await cli(['report', 't/', '--format', 'csv', '--out', 's.csv', ...args], dir);
    expect(code, stderr).toBe(0);
    return readFileSync(join(dir, 's.csv'), 'utf8').split('\n')[1]!;
  };

  it('scores by the preset given on the command line', async () => {
    const dir = workspace({ 't/amira/1.txt': reply });
    expect(await scoreOf(dir)).toMatch(/^t\/amira\/1\.txt,,amira,80,2,/u);
    expect(await scoreOf(dir, '--preset', 'strict')).toMatch(/^t\/amira\/1\.txt,,amira,70,2,/u);
    expect(await scoreOf(dir, '--preset', 'recommended')).toMatch(/^t\/amira\/1\.txt,,amira,80,2,/u);
  });

  it("keeps the config's preset when none is given, and lets --preset override it", async () => {
    const dir = workspace({ 't/amira/1.txt': reply, 't/.replylintrc.json': JSON.stringify({ extends: 'strict' }) });
    expect(await scoreOf(dir)).toMatch(/^t\/amira\/1\.txt,,amira,70,2,/u);
    expect(await scoreOf(dir, '--preset', 'recommended')).toMatch(/^t\/amira\/1\.txt,,amira,80,2,/u);
  });
});

describe('replylint report: the skills matrix', () => {
  it('heads each column with the skill, and a rule column with its rule id as a tooltip', async () => {
    const dir = workspace({ 't/amira/1.txt': 'Hi Sam,\n\nYou need to restart the app.\n\nThanks,\nAna\n' });
    const { code, stderr } = await cli(['report', 't/', '--out', 'r.html'], dir);
    expect(code, stderr).toBe(0);
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    const head = /<table id="matrix">.*?<thead>(.*?)<\/thead>/su.exec(html)?.[1];
    const col = (label: string): string => `<th scope="col"><button type="button">${label}</button></th>`;
    expect(head).toBe(
      `<tr>${col('Trainee')}${col('Greeting by name')}${col('Acknowledges the problem')}${col('Specific apology')}${col('Action taken or next step')}${col('Explanation')}${col('Thanks')}${col('Closing invitation')}${col('Sign-off')}` +
        '<th scope="col" title="no-negative-phrasing"><button type="button">Positive wording</button></th></tr>',
    );
  });
});

describe('JSON strings: every escape decoded, each character at its place in the file', () => {
  it('decodes the two-character escapes and \\u, mapping each to the offset of its backslash', () => {
    const raw = String.raw`"a\nb\rc\td\be\ff\"g\\h\/i\u00e9"`;
    const { text, offsets } = decodeJsonString(raw, 10);
    expect(text).toBe('a\nb\rc\td\be\ff"g\\h/i\u00e9');
    expect(offsets).toEqual([11, 12, 14, 15, 17, 18, 20, 21, 23, 24, 26, 27, 29, 30, 32, 33, 35, 36, 42]);
  });
});

describe('which files hold many replies', () => {
  it('goes by the extension at the end of the name only', () => {
    expect([multiReplyKind('macros.json'), multiReplyKind('macros.YAML'), multiReplyKind('macros.yml'), multiReplyKind('replies.CSV')]).toEqual(['json', 'yaml', 'yaml', 'csv']);
    expect([multiReplyKind('replies.csv.txt'), multiReplyKind('notes.json.md'), multiReplyKind('a.yaml.bak'), multiReplyKind('reply.txt')]).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('replylint report: the average and the saved skills', () => {
  it('averages the scored replies only, and shows 0.0 when none is scored', async () => {
    const average = async (files: Record<string, string>): Promise<string | undefined> => {
      const dir = workspace(files);
      const { code, stderr } = await cli(['report', 't/', '--out', 'r.html'], dir);
      expect(code, stderr).toBe(0);
      return /<li><strong id="stat-average">[^<]*<\/strong>[^<]*<\/li>/u.exec(readFileSync(join(dir, 'r.html'), 'utf8'))?.[0];
    };
    const reply = 'Hi Sam,\n\nYou need to restart the app.\n\nThanks,\nAna\n';
    expect(await average({ 't/amira/1.txt': reply })).toBe('<li><strong id="stat-average">80.0</strong> average score</li>');
    expect(await average({ 't/amira/1.txt': reply, 't/ben/1.txt': '' })).toBe('<li><strong id="stat-average">80.0</strong> average score (of 1 scored)</li>');
    expect(await average({ 't/ben/1.txt': '' })).toBe('<li><strong id="stat-average">0.0</strong> average score (of 0 scored)</li>');
  });

  it('saves each skill under its id: part:<part> for the checklist, rule:<id> for a rule', async () => {
    const dir = workspace({ 't/amira/1.txt': 'Hi Sam,\n\nYou need to restart the app.\n\nThanks,\nAna\n' });
    const { code, stderr } = await cli(['report', 't/', '--out', 'r.html', '--json', 'r.json'], dir);
    expect(code, stderr).toBe(0);
    const saved = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { replies: Array<{ skills: Record<string, boolean> }> };
    expect(saved.replies[0]!.skills).toEqual({
      'part:greeting': true,
      'part:nextStep': true,
      'part:thanks': true,
      'part:closingInvitation': false,
      'part:signOff': true,
      'rule:no-negative-phrasing': false,
    });
  });
});

describe('replylint --init: the commented examples', () => {
  it('are a valid config once uncommented, with the values they show', () => {
    const text = configText({ channel: 'email', templates: [], language: 'auto', preset: 'recommended' });
    // Uncomment the example settings ("# key:" and their indented or "- " lines), leaving the prose comments.
    const uncommented = text
      .split('\n')
      .map((line) => line.replace(/^# (?=\s*(?:[a-z][\w-]*:(?: |$)|- ))/u, ''))
      .join('\n');
    const dir = mkdtempSync(join(tmpdir(), 'replylint-init-'));
    writeFileSync(join(dir, '.replylintrc.yaml'), uncommented);
    expect(loadConfigFile(join(dir, '.replylintrc.yaml'))?.config).toEqual({
      $schema: './node_modules/@replylint/cli/schema/replylint.schema.json',
      extends: 'recommended',
      channel: 'email',
      language: 'auto',
      rules: { 'require-thanks': 'error', 'no-wall-of-text': ['warn', { maxParagraphWords: 100 }] },
      glossary: ['DNS', 'SKU'],
      serviceLevels: { refund: 'within 5 business days' },
      phrases: [{ phrase: 'ASAP', preferred: 'as soon as we can' }],
      overrides: [{ files: 'macros/**', template: true }],
      ignorePatterns: ['drafts/'],
    });
  });
});

describe('--cache: what makes a cached result stale', () => {
  const bad = 'Hi Sam,\n\nYou need to clear your cookies.\n\nBest,\nAna\n';
  const then = new Date('2024-01-01T00:00:00Z');
  const later = new Date('2024-01-02T00:00:00Z');
  const rules = async (dir: string): Promise<string[]> => {
    const { stdout } = await cli(['--cache', '--format', 'json', 'a.txt'], dir);
    return (JSON.parse(stdout) as Array<{ messages: Array<{ ruleId: string }> }>)[0]!.messages.map((m) => m.ruleId).sort();
  };

  it('a file of the same size but a new modification time is linted again', async () => {
    const dir = workspace({ 'a.txt': bad });
    utimesSync(join(dir, 'a.txt'), then, then);
    expect(await rules(dir)).toEqual(['no-negative-phrasing', 'require-closing-invitation', 'require-thanks']);
    // "You need to" and "Please now " are both 11 characters: only the time tells the change.
    writeFileSync(join(dir, 'a.txt'), bad.replace('You need to', 'Please now '));
    utimesSync(join(dir, 'a.txt'), later, later);
    expect(await rules(dir)).toEqual(['require-closing-invitation', 'require-thanks']);
  });

  it('a file of a new size but the same modification time is linted again', async () => {
    const dir = workspace({ 'a.txt': bad });
    utimesSync(join(dir, 'a.txt'), then, then);
    expect(await rules(dir)).toEqual(['no-negative-phrasing', 'require-closing-invitation', 'require-thanks']);
    writeFileSync(join(dir, 'a.txt'), bad.replace('You need to clear', 'Please clear'));
    utimesSync(join(dir, 'a.txt'), then, then);
    expect(await rules(dir)).toEqual(['require-closing-invitation', 'require-thanks']);
  });

  it('a result cached under other options is not reused', async () => {
    const dir = workspace({ 'a.txt': 'Your order left the warehouse this morning.\n' });
    utimesSync(join(dir, 'a.txt'), then, then);
    const email = await cli(['--cache', '--format', 'json', 'a.txt'], dir);
    const chat = await cli(['--cache', '--format', 'json', '--channel', 'chat', 'a.txt'], dir);
    expect(chat.stdout).toBe((await cli(['--format', 'json', '--channel', 'chat', 'a.txt'], dir)).stdout);
    expect(chat.stdout).not.toBe(email.stdout);
  });

  it('a cache whose result is not an object is ignored with a warning', async () => {
    const dir = workspace({ 'a.txt': bad });
    const cachePath = join(dir, '.replylintcache');
    const expected = (await cli(['--format', 'json', 'a.txt'], dir)).stdout;
    await cli(['--cache', 'a.txt'], dir);
    const cache = JSON.parse(readFileSync(cachePath, 'utf8')) as { version: string; checksum: string; entries: string };
    const entries = JSON.parse(cache.entries) as Record<string, { done: { results: unknown[] } }>;
    for (const entry of Object.values(entries)) entry.done.results = [5];
    const text = JSON.stringify(entries);
    writeFileSync(cachePath, JSON.stringify({ ...cache, entries: text, checksum: createHash('sha256').update(text).digest('hex') }));
    const again = await cli(['--cache', '--format', 'json', 'a.txt'], dir);
    expect(again.stderr).toBe(`replylint: warning: the cache ${cachePath} does not hold results of this shape; ignored\n`);
    expect(again.stdout).toBe(expected);
  });
});

describe('linting on worker threads', () => {
  afterEach(() => useWorker(() => undefined));

  // One thread per core at most: with a single core the files are linted in this thread.
  it.skipIf(availableParallelism() < 2)('sends the files in batches of 64, reports progress after each, and keeps the files in order', async () => {
    // The compiled worker (npm run build); the pool under test is this source.
    const script = new URL('../dist/worker.js', import.meta.url);
    useWorker(() => new Worker(script));
    const dir = mkdtempSync(join(tmpdir(), 'replylint-pool-'));
    const jobs: FileJob[] = Array.from({ length: 320 }, (_, i) => {
      const file = `r${String(i).padStart(3, '0')}.txt`;
      writeFileSync(join(dir, file), i % 2 === 0 ? 'Hi Sam,\n\nYou need to restart.\n\nThanks,\nAna\n' : 'Hi Sam,\n\nI restarted it. Please reach out if anything else comes up.\n\nThanks,\nAna\n');
      return { file, absolute: join(dir, file), options: {}, fix: false, dryRun: false, explicit: true, maxFileSize: 1_000_000 };
    });
    const progress: Array<[number, number]> = [];
    const done = await processAll(jobs, (n, total) => progress.push([n, total]), 2);
    expect(progress).toEqual([64, 128, 192, 256, 320].map((n) => [n, 320]));
    expect(done.map((d) => d.file)).toEqual(jobs.map((j) => j.file));
    expect(done.map((d) => d.results[0]!.messages.some((m) => m.ruleId === 'no-negative-phrasing'))).toEqual(jobs.map((_, i) => i % 2 === 0));
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('the GitHub Action: its step summary and outputs', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('lists every report in a Markdown table whose cells hold no line break and no bare pipe', async () => {
    const dir = workspace({
      'a|b.txt': 'Hi Sam,\n\nYou need to clear your cookies.\n\nBest,\nAna\n',
      // A title over two lines (CRLF, as spreadsheets write them) names the reply.
      'm.csv': 'title,text\n"Line one\r\nline two","Thanks for waiting. You must restart it."\n',
    });
    const out = mkdtempSync(join(tmpdir(), 'replylint-action-out-'));
    vi.stubEnv('GITHUB_WORKSPACE', undefined);
    vi.stubEnv('INPUT_WORKING-DIRECTORY', dir);
    vi.stubEnv('GITHUB_STEP_SUMMARY', join(out, 'summary.md'));
    vi.stubEnv('GITHUB_OUTPUT', join(out, 'output'));
    vi.stubEnv('INPUT_SARIF-FILE', 'replylint.sarif');
    let stdout = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((text) => ((stdout += String(text)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    // Warnings only: the exit code is 0.
    expect(await action()).toBe(0);
    // The log: the annotations, then the report in the default format, stylish.
    expect(stdout).toMatch(/^::warning file=/u);
    expect(stdout).toContain('\n\u2716 5 problems (0 errors, 5 warnings)\n');
    const summary = readFileSync(join(out, 'summary.md'), 'utf8').replace(/\]\(https:\/\/[^)]+\/(?<rule>[\w-]+)\.md\)/gu, '](docs:$<rule>)');
    expect(summary).toBe(
      [
        '## replylint',
        '',
        '2 replies linted: 0 errors, 5 warnings.',
        '',
        'Every report is listed here: GitHub shows only the first ten annotations of each kind on a pull request.',
        '',
        '| file | line | severity | rule | message |',
        '|---|---|---|---|---|',
        '| a\\|b.txt | 3:1 | warning | [no-negative-phrasing](docs:no-negative-phrasing) | "You need to" puts the burden on the customer; invite them instead |',
        '| a\\|b.txt | 3:1 | warning | [require-closing-invitation](docs:require-closing-invitation) | The reply ends without inviting the customer back; add a closing invitation before the sign-off |',
        '| a\\|b.txt | 3:1 | warning | [require-thanks](docs:require-thanks) | The reply never thanks the customer; thank them for reaching out, for their patience or for the report |',
        '| m.csv › Line one line two | 3:32 | warning | [no-negative-phrasing](docs:no-negative-phrasing) | "You must" puts the burden on the customer; invite them instead |',
        '| m.csv › Line one line two | 3:32 | warning | [require-closing-invitation](docs:require-closing-invitation) | The reply ends without inviting the customer back; add a closing invitation before the sign-off |',
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(out, 'output'), 'utf8')).toBe(`errors=0\nwarnings=5\nexit-code=0\nsarif-file=${join(dir, 'replylint.sarif')}\n`);
    expect((JSON.parse(readFileSync(join(dir, 'replylint.sarif'), 'utf8')) as { runs: Array<{ results: unknown[] }> }).runs[0]!.results).toHaveLength(5);
  });
});

describe('writing a report (-o, report --out): why it could not be written', () => {
  it('names a folder in the way, and a file standing where a folder should be', () => {
    const dir = workspace({ 'a.txt': 'x' });
    mkdirSync(join(dir, 'out'));
    expect(writeReport(join(dir, 'out'), 'report')).toBe('it is a folder');
    expect(writeReport(join(dir, 'a.txt', 'report.json'), 'report')).toBe('a file stands where a folder of its path should be');
    expect(writeReport(join(dir, 'a.txt', 'deeper', 'report.json'), 'report')).toBe('a file stands where a folder of its path should be');
    // Any other failure is named by its code: here a name Node refuses (a NUL byte in it).
    expect(writeReport(join(dir, 'bad\0name.json'), 'report')).toBe('ERR_INVALID_ARG_VALUE');
    expect(writeReport(join(dir, 'new', 'report.json'), 'report')).toBeUndefined();
    expect(readFileSync(join(dir, 'new', 'report.json'), 'utf8')).toBe('report');
  });
});

describe('--format with a formatter file', () => {
  const reply = 'Hi Sam,\n\nYou must restart.\n\nThanks,\nAna\n';

  it('takes a CommonJS module that is the function itself', async () => {
    const dir = workspace({
      'in.txt': reply,
      'fmt.cjs': 'module.exports = (results, context) => results.map((r) => `${require("path").relative(context.cwd, r.filePath)}: ${r.messages.map((m) => m.ruleId).join(" ")}`).join("\\n");\n',
    });
    expect(await cli(['-f', './fmt.cjs', 'in.txt'], dir)).toEqual({ code: 0, stdout: 'in.txt: no-negative-phrasing require-closing-invitation\n', stderr: '' });
  });

  it('takes an ES module whose default export is the function', async () => {
    const dir = workspace({ 'in.txt': reply, 'fmt.mjs': 'export default (results) => `${results.length} file(s)`;\n' });
    expect(await cli(['-f', './fmt.mjs', 'in.txt'], dir)).toEqual({ code: 0, stdout: '1 file(s)\n', stderr: '' });
  });

  it('refuses a module that exports no function, with exit code 2', async () => {
    const dir = workspace({ 'in.txt': reply, 'obj.cjs': 'module.exports = { format: () => "x" };\n' });
    expect(await cli(['-f', './obj.cjs', 'in.txt'], dir)).toEqual({ code: 2, stdout: '', stderr: `replylint: --format ./obj.cjs: ${join(dir, 'obj.cjs')} must export a function (results, context) => string\n` });
  });
});
