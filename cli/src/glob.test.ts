import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { compileGlob, expandBraces, GlobError } from './glob.js';

const paths = ['reply.txt', 'a.md', '.hidden.md', 'macros/refund.liquid', 'macros/deep/x.liquid', 'ar/reply.txt', 'exports/list.json', 'exports/sub/list.json', 'team-a/1.txt', 'b/c/d.txt', 'abc', 'a[1].txt', 'x{y}.txt', 'dir/a.b.c'];
const globs = ['*.md', 'macros/**', 'ar/**', 'exports/*.json', '**/*.json', '**/list.json', 'b/**/d.txt', 'b/*/d.txt', '*.{md,txt}', '{macros,ar}/**', 'team-?/*.txt', '[ab]*', 'team-[^b]/*.txt', 'a\\[1\\].txt', '**', '*', 'dir/*.c', 'x{y}.txt', 'b/**/*.txt'];

describe('globs', () => {
  it.each(globs)('%s matches the paths picomatch matches (dot files included, a glob without / on the file name)', (glob) => {
    const ours = compileGlob(glob, { matchBase: true });
    const theirs = picomatch(glob, { dot: true, basename: !glob.includes('/') });
    for (const path of paths) expect([path, ours(path)]).toEqual([path, theirs(path)]);
  });

  it('reads [!…] as a negated class, as a shell does (picomatch reads it as "! or …")', () => {
    expect(compileGlob('team-[!b]/*.txt')('team-a/1.txt')).toBe(true);
    expect(compileGlob('team-[!b]/*.txt')('team-b/1.txt')).toBe(false);
  });

  it('expands braces, nested ones too, and leaves a brace without a comma as written', () => {
    expect(expandBraces('a{b,c{d,e}}f')).toEqual(['abf', 'acdf', 'acef']);
    expect(expandBraces('x{y}z')).toEqual(['x{y}z']);
    expect(() => expandBraces('{a,b}'.repeat(10))).toThrow(GlobError);
  });

  it('matches a pattern that makes a backtracking matcher take exponential time, at once', () => {
    const matcher = compileGlob('*a*a*a*a*a*a*a*a*z', { matchBase: true });
    expect(matcher(`replies/${'a'.repeat(100_000)}.txt`)).toBe(false);
    expect(matcher(`${'a'.repeat(100)}z`)).toBe(true);
  });
});

describe('a pattern that matches nothing', () => {
  it('is an input error naming the pattern', async () => {
    const { discover } = await import('./files.js');
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'replylint-glob-'));
    try {
      const { errors } = await discover(['replies/**/*.txt'], dir);
      expect(errors.map((e) => [e.path, e.message])).toEqual([['replies/**/*.txt', 'replies/**/*.txt: no files match this pattern']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
