/**
 * The report command as a trainer types it: the README's own command, the lint
 * options it shares with `replylint`, the JSON it writes and reads back.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli as runCli, workspace as folder } from '../../test/helpers.js';

/** The CLI run in `cwd`, and a folder of files, as every test here uses them. */
const cli = (args: string[], cwd: string) => runCli(args, { cwd });
const workspace = (files: Record<string, string>): string => folder(files, 'replylint-report-');

const reply = (name: string): string => `Hi ${name},\n\nI've refunded the charge today. Please reach out if anything else comes up.\n\nThanks,\nAna\n`;
const cohort = {
  'trainees/amira/1.txt': reply('Sam'),
  'trainees/amira/2.txt': reply('Lee'),
  'trainees/ben/1.txt': reply('Kim'),
  'trainees/carla/sub/1.txt': reply('Jo'),
};

/** The group of each reply in the report, from its articles. */
const groupsIn = (html: string): string[] => [...html.matchAll(/<article class="reply"[^>]*? data-group="([^"]*)"/gu)].map((m) => m[1]!);

describe('replylint report', () => {
  it('groups by trainee with the README command, trailing slash or not', async () => {
    const dir = workspace(cohort);
    for (const folder of ['trainees/', 'trainees']) {
      const { code, stderr } = await cli(['report', folder, '--out', 'report.html'], dir);
      expect(code, stderr).toBe(0);
      expect(groupsIn(readFileSync(join(dir, 'report.html'), 'utf8')).sort(), folder).toEqual(['amira', 'amira', 'ben', 'carla']);
    }
  });

  it('groups by each given folder when several are given', async () => {
    const dir = workspace(cohort);
    await cli(['report', 'amira', 'ben/', 'carla', '--out', 'report.html'], join(dir, 'trainees'));
    expect(groupsIn(readFileSync(join(dir, 'trainees/report.html'), 'utf8')).sort()).toEqual(['amira', 'amira', 'ben', 'carla']);
  });

  it('takes the lint options: --channel, --rule, --preset, --language, --config, and a config found as lint finds it', async () => {
    const chat = 'Your order left the warehouse this morning.\n';
    const dir = workspace({ 'chats/amira/1.txt': chat, 'other.json': JSON.stringify({ channel: 'chat' }) });
    const score = async (...args: string[]): Promise<string> => {
      const { code, stderr } = await cli(['report', 'chats/', '--format', 'csv', '--out', 'scores.csv', ...args], dir);
      expect(code, stderr).toBe(0);
      return readFileSync(join(dir, 'scores.csv'), 'utf8').split('\n')[1]!.split(',')[3]!;
    };
    // As an email it lacks greeting, thanks, invitation and sign-off; as a chat answer it is complete.
    expect(Number(await score())).toBeLessThan(100);
    expect(await score('--channel', 'chat')).toBe('100');
    expect(await score('--config', 'other.json')).toBe('100');
    writeFileSync(join(dir, 'chats/.replylintrc.json'), JSON.stringify({ channel: 'chat' }));
    expect(await score()).toBe('100');
    expect(Number(await score('--channel', 'email'))).toBeLessThan(100);
    // A rule turned off no longer costs points; a preset and a language are accepted and checked.
    writeFileSync(join(dir, 'chats/amira/2.txt'), 'Hi Sam,\n\nYou need to restart the app.\n\nThanks,\nAna\n');
    const withRule = async (...args: string[]): Promise<string> => {
      await cli(['report', 'chats/', '--format', 'csv', '--out', 'scores.csv', '--channel', 'email', ...args], dir);
      return readFileSync(join(dir, 'scores.csv'), 'utf8').split('\n').find((l) => l.startsWith('chats/amira/2.txt'))!.split(',')[4]!;
    };
    expect(Number(await withRule())).toBeGreaterThan(Number(await withRule('--rule', 'no-negative-phrasing=off')));
    expect((await cli(['report', 'chats/', '--out', 'r.html', '--preset', 'strict', '--language', 'en'], dir)).code).toBe(0);
    expect((await cli(['report', 'chats/', '--channel', 'fax'], dir)).stderr).toContain('--channel must be one of');
    expect((await cli(['report', 'chats/', '--rule', 'nope=off'], dir)).stderr).toContain('unknown rule "nope"');
    expect((await cli(['report', 'chats/', '--config', 'missing.json'], dir)).code).toBe(2);
  });

  it('names a file it could not read at the top of the report, and still exits 2', async () => {
    const dir = workspace({ ...cohort, 'trainees/ben/2.txt': new Uint8Array([0x48, 0x69, 0x20, 0x4d, 0x61, 0x72, 0xed, 0x61, 0x2c, 0x0a]) as never });
    const { code, stderr } = await cli(['report', 'trainees/', '--out', 'report.html'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('trainees/ben/2.txt');
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    const unread = /<div id="unread"[^>]*>([\s\S]*?)<\/div>/u.exec(html)?.[1];
    expect(unread).toContain('1 file could not be read');
    expect(unread).toContain('trainees/ben/2.txt: invalid UTF-8');
    // A report with every file read has no such note.
    const clean = workspace(cohort);
    expect((await cli(['report', 'trainees/', '--out', 'report.html'], clean)).code).toBe(0);
    expect(readFileSync(join(clean, 'report.html'), 'utf8')).not.toContain('id="unread"');
  });

  it('writes the report to standard output for --out -, and counts in the singular where there is one', async () => {
    const dir = workspace({ 'trainees/amira/1.txt': reply('Sam') });
    const { code, stdout } = await cli(['report', 'trainees/', '--out', '-'], dir);
    expect(code).toBe(0);
    expect(stdout.startsWith('<!doctype html>')).toBe(true);
    expect(stdout).toContain('<strong id="stat-replies">1</strong> reply</li>');
    expect(stdout).toContain('<strong id="stat-clean">1</strong> clean reply</li>');
    expect(stdout).toContain('<strong id="stat-problems">0</strong> problems</li>');
    const csv = await cli(['report', 'trainees/', '--format', 'csv', '--out', '-'], dir);
    // (And the lint's own count: "1 warning, more than --max-warnings 0".)
    const lint = await cli(['trainees/', '--rule', 'no-generic-greeting=warn', '--max-warnings', '0'], workspace({ 'trainees/a.txt': 'Hi there,\n\nI have refunded the charge today. Please reach out if anything else comes up.\n\nThanks,\nAna\n' }));
    expect(lint.stderr).toContain('replylint: 1 warning, more than --max-warnings 0');
    expect(csv.stdout.split('\n')[1]).toMatch(/^trainees\/amira\/1\.txt,/u);
  });
});
