import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';
import { threadsFor } from './pool.js';

describe('--concurrency', () => {
  it('is bounded by the cores and by the number of files', () => {
    const cores = availableParallelism();
    expect(threadsFor(100_000, 1000)).toBe(cores);
    expect(threadsFor(100_000)).toBe(cores);
    expect(threadsFor(100, 1000)).toBe(Math.min(cores, 2));
    expect(threadsFor(1, 1000)).toBe(1);
    expect(threadsFor(100_000, 1)).toBe(1);
  });

  it('says so when asked for more threads than there are cores', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-threads-'));
    writeFileSync(join(dir, 'reply.txt'), 'Hi Sam,\n\nThanks for writing.\n');
    let stderr = '';
    await run(['--concurrency', '1000', 'reply.txt'], { cwd: dir, stdout: () => {}, stderr: (t) => (stderr += t), readStdin: async () => new Uint8Array(), isTTY: false, env: {} });
    const cores = availableParallelism();
    expect(stderr).toBe(`replylint: note: --concurrency 1000 is more than the ${cores} cores here; linting on at most ${cores} threads\n`);
  });
});
