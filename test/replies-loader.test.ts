/**
 * The loader `npm run corpus`, `npm run eval --corpus` and the benchmarks read a folder of replies with
 * (scripts/replies.js): each file read in the format the CLI gives it by default, so a corpus review sees what a user
 * linting the same folder sees.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module of the scripts, with no type declarations.
import { lintOptions, loadReplies } from '../scripts/replies.js';
import { lint } from '../rules/src/index.js';

interface Loaded {
  id: string;
  text: string;
  channel: string;
  format?: string;
  template?: boolean;
}

const dir = mkdtempSync(join(tmpdir(), 'replylint-loader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a folder of replies', () => {
  it('reads Markdown files as Markdown: front matter and HTML blocks are not the reply, and no report lands in them', () => {
    mkdirSync(join(dir, 'guide'));
    const page = '---\ntitle: Tone\nauthor: Kim\n---\n\nHi Sam,\n\nYou must reset your password first.\n\n<div class="example">\n  <ul>\n    <li>You must never do this</li>\n  </ul>\n</div>\n';
    writeFileSync(join(dir, 'guide', 'tone.md'), page);
    writeFileSync(join(dir, 'guide', 'SOURCE.md'), 'Where these come from.\n');
    writeFileSync(join(dir, 'plain.txt'), 'Hi Sam,\n\nYou must reset your password first.\n');
    const replies = loadReplies(dir) as Loaded[];
    expect(replies.map((r) => [r.id, r.format ?? 'text'])).toEqual([
      [join('guide', 'tone.md'), 'markdown'],
      ['plain.txt', 'text'],
    ]);
    const markdown = replies[0]!;
    const messages = lint(markdown.text, lintOptions(markdown));
    const front = page.indexOf('\n---\n') + 4;
    const html = page.indexOf('<div');
    // The burden in the prose is reported; nothing is reported in the front matter or the HTML example block.
    expect(messages.filter((m) => m.ruleId === 'no-negative-phrasing').map((m) => m.actual)).toEqual(['You must']);
    expect(messages.filter((m) => m.place.start.offset! < front || m.place.start.offset! >= html)).toEqual([]);
  });
});
