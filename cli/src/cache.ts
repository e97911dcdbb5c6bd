/**
 * --cache: results of unchanged files are reused. A file is unchanged when
 * its size and modification time, the options it is linted with, and
 * replylint's version are all the same as when its results were stored.
 */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { version } from '@replylint/rules';
import type { FileDone, FileJob } from './process-file.js';

interface Entry {
  size: number;
  mtimeMs: number;
  key: string;
  done: FileDone;
}

export class ResultCache {
  private entries: Record<string, Entry> = {};
  private dirty = false;

  constructor(private readonly path: string) {
    try {
      const data = JSON.parse(readFileSync(path, 'utf8')) as { version?: string; entries?: Record<string, Entry> };
      if (data.version === version && data.entries) this.entries = data.entries;
    } catch {
      // No cache yet, or an unreadable one: start afresh.
    }
  }

  private static key(job: FileJob): string {
    return JSON.stringify(job.options);
  }

  get(job: FileJob): FileDone | undefined {
    const entry = this.entries[job.absolute];
    if (!entry) return undefined;
    try {
      const stat = statSync(job.absolute);
      if (stat.size === entry.size && stat.mtimeMs === entry.mtimeMs && entry.key === ResultCache.key(job)) return entry.done;
    } catch {
      // Gone since: lint it (and report it) again.
    }
    return undefined;
  }

  set(job: FileJob, done: FileDone): void {
    if (done.problem) return;
    try {
      const stat = statSync(job.absolute);
      const { text: _text, ...kept } = done;
      this.entries[job.absolute] = { size: stat.size, mtimeMs: stat.mtimeMs, key: ResultCache.key(job), done: kept };
      this.dirty = true;
    } catch {
      // Not cached; linted again next time.
    }
  }

  save(): void {
    if (!this.dirty) return;
    const temp = `${this.path}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ version, entries: this.entries }));
    renameSync(temp, this.path);
  }
}
