/**
 * Exact outputs no other test pinned: each test here kills mutants a sampled
 * mutation run (scripts/mutation-sample.mjs cli/src 40 41) left alive. They
 * check what a user sees: reply names, exit codes, scores, the report's HTML.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractReplies } from './extract.js';
import { run } from './index.js';
import { lintFile } from './lint-files.js';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: async () => new Uint8Array(), isTTY: false, env: {} });
  return { code, stdout, stderr };
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'replylint-survivors-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

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
  it('is not reported as a format --fix cannot rewrite', () => {
    const outcome = lintFile('replies.csv', `title,text\nRefund,${good('I refunded it.')}\n`, {});
    expect(Object.keys(outcome)).toEqual(['results']);
    expect(outcome.fixUnsupported).toBeUndefined();
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
