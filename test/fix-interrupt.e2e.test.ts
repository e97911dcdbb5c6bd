/**
 * --fix is safe under interruption: killed mid-run, it leaves every file
 * either untouched or fully fixed, never half written.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixAll } from '../rules/src/index.js';

const bin = fileURLToPath(new URL('../cli/dist/cli.js', import.meta.url));

describe('--fix under interruption', () => {
  // The default runs the 800 files on worker threads (one per core, from 300 files up), as large runs do;
  // --concurrency 1 lints and writes them all in the main thread. (On a one-core machine the default is one thread too.)
  it.each([
    ['on worker threads (the default)', []],
    ['in one thread (--concurrency 1)', ['--concurrency', '1']],
  ])('leaves every file untouched or fully fixed when killed mid-run %s', async (_, extra) => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-interrupt-'));
    const originals = new Map<string, string>();
    for (let i = 0; i < 800; i++) {
      // Long replies, so writes take a moment and the kill lands among them.
      const text = `Hi Sam,\n\n${`You need to clear your cookies. Your parcel will arrive tomorrow. Reply ${i}. `.repeat(40)}\n\nBest,\nAna\n`;
      writeFileSync(join(dir, `reply-${i}.txt`), text);
      originals.set(`reply-${i}.txt`, text);
    }
    const started = Date.now();
    const child = spawn(process.execPath, [bin, '--fix', ...extra, '.'], { cwd: dir, stdio: 'ignore' });
    // Kill as soon as some files are fixed and others are not.
    await new Promise<void>((resolve) => {
      const check = (): void => {
        const fixedSoFar = [...originals.keys()].filter((f) => statSync(join(dir, f)).mtimeMs > started && readFileSync(join(dir, f), 'utf8') !== originals.get(f)).length;
        if (fixedSoFar >= 20 || Date.now() - started > 30_000) {
          child.kill('SIGKILL');
          resolve();
        } else setTimeout(check, 5);
      };
      check();
    });
    await new Promise((resolve) => child.on('exit', resolve));
    let fixed = 0;
    let untouched = 0;
    for (const [file, original] of originals) {
      const now = readFileSync(join(dir, file), 'utf8');
      if (now === original) untouched++;
      else {
        expect(now, file).toBe(fixAll(original, { template: false, format: 'text' }));
        fixed++;
      }
    }
    expect(fixed).toBeGreaterThanOrEqual(20);
    expect(untouched).toBeGreaterThan(0);
    // A temporary file may be left only beside an intact original, never in its place.
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.tmp'))) expect(name).toMatch(/^\.reply-\d+\.txt\.replylint-\d+-\d+\.tmp$/u);
  }, 60_000);
});
