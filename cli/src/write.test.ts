import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReplyFile } from './files.js';
import { WriteRefused, writeAtomic } from './write.js';

describe('writeAtomic', () => {
  const setup = (text: string): { dir: string; file: string } => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-write-'));
    const file = join(dir, 'reply.txt');
    writeFileSync(file, text);
    return { dir, file };
  };

  it("removes the temporary files a killed run left in the folder, and no running process's", () => {
    const { dir, file } = setup('You need to restart.');
    // A process id no process has (above the kernel's pid_max of 2^22), and this process's own.
    writeFileSync(join(dir, '.reply.txt.replylint-4999999-1.tmp'), 'Please restart.');
    writeFileSync(join(dir, '.other.txt.replylint-4999999-2.tmp'), 'half');
    writeFileSync(join(dir, `.other.txt.replylint-${process.pid}-3.tmp`), 'in flight');
    writeFileSync(join(dir, 'notes.tmp'), 'not ours');
    writeAtomic(file, 'Please restart.', readReplyFile(file).snapshot);
    expect(readdirSync(dir).sort()).toEqual([`.other.txt.replylint-${process.pid}-3.tmp`, 'notes.tmp', 'reply.txt']);
  });

  it('writes a file that still holds what was read', () => {
    const { file } = setup('You need to restart.');
    const read = readReplyFile(file);
    writeAtomic(file, 'Please restart.', read.snapshot);
    expect(readFileSync(file, 'utf8')).toBe('Please restart.');
  });

  it('refuses a file edited since it was read, keeping the edit and leaving no temporary file', () => {
    const { dir, file } = setup('You need to restart.');
    const read = readReplyFile(file);
    writeFileSync(file, 'You need to restart. Edited meanwhile.');
    expect(() => writeAtomic(file, 'Please restart.', read.snapshot)).toThrow(new WriteRefused('changed since replylint read it; not rewritten (run --fix again)'));
    expect(readFileSync(file, 'utf8')).toBe('You need to restart. Edited meanwhile.');
    expect(readdirSync(dir)).toEqual(['reply.txt']);
  });

  it('compares the content too: an edit of the same size within the clock resolution', () => {
    const { file } = setup('You need to reboot!!');
    const { size, mtimeMs } = statSync(file);
    const snapshot = { bytes: Buffer.from('You need to restart.'), size, mtimeMs };
    expect(() => writeAtomic(file, 'Please restart.', snapshot)).toThrow(WriteRefused);
    expect(readFileSync(file, 'utf8')).toBe('You need to reboot!!');
  });
});
