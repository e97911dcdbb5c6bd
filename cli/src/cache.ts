/**
 * --cache: results of unchanged files are reused. A file is unchanged when
 * its size and modification time, the options it is linted with, and
 * replylint's version are all the same as when its results were stored.
 *
 * The cache is only ever a shortcut: a cache file that cannot be read or
 * written, is not one replylint wrote (its checksum does not match), or holds
 * something other than results is ignored with a warning, and every file is
 * linted as if there were no cache.
 */
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { checklistParts, version } from '@replylint/rules';
import type { FileDone, FileJob } from './process-file.js';

interface Entry {
  size: number;
  mtimeMs: number;
  key: string;
  done: FileDone;
}

// node:crypto is loaded here, on first use, since only --cache needs it and a one-file lint should not pay for it.
const checksum = (entries: string): string => process.getBuiltinModule('node:crypto').createHash('sha256').update(entries).digest('hex');

type Data = Record<string, unknown>;
const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isPoint = (value: unknown): boolean => isObject(value) && isNumber(value.line) && isNumber(value.column) && isNumber(value.offset);
const severities = new Set(['error', 'warn', 'info']);

function isMessage(value: unknown): boolean {
  if (!isObject(value)) return false;
  const { place } = value;
  return (
    isString(value.ruleId) &&
    severities.has(value.severity as string) &&
    isString(value.reason) &&
    isString(value.actual) &&
    isString(value.url) &&
    isString(value.note) &&
    Array.isArray(value.expected) &&
    value.expected.every(isString) &&
    isObject(place) &&
    isPoint(place.start) &&
    isPoint(place.end)
  );
}

function isResult(value: unknown): boolean {
  if (!isObject(value)) return false;
  const { checklist, score } = value;
  return (
    isString(value.filePath) &&
    (value.reply === undefined || isString(value.reply)) &&
    Array.isArray(value.messages) &&
    value.messages.every(isMessage) &&
    isObject(checklist) &&
    checklistParts.every(({ part }) => isObject(checklist[part]) && typeof checklist[part].present === 'boolean' && typeof checklist[part].expected === 'boolean') &&
    isObject(score) &&
    isNumber(score.score) &&
    Array.isArray(score.breakdown) &&
    isString(value.language) &&
    typeof value.scored === 'boolean'
  );
}

function isEntry(value: unknown): value is Entry {
  if (!isObject(value) || !isNumber(value.size) || !isNumber(value.mtimeMs) || !isString(value.key)) return false;
  const { done } = value;
  return isObject(done) && isString(done.file) && Array.isArray(done.results) && done.results.every(isResult);
}

export class ResultCache {
  private entries: Record<string, Entry> = {};
  private dirty = false;

  /** `warn` is told, once each, why the cache could not be used or kept. */
  constructor(
    private readonly path: string,
    private readonly warn: (message: string) => void,
  ) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warn(`cannot read the cache ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}); linting every file`);
      return;
    }
    this.entries = this.parse(text) ?? {};
  }

  private parse(text: string): Record<string, Entry> | undefined {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      this.warn(`the cache ${this.path} is not valid JSON; ignored`);
      return undefined;
    }
    if (!isObject(data) || !isString(data.version)) {
      this.warn(`the cache ${this.path} is not a replylint cache; ignored`);
      return undefined;
    }
    // Another version's cache is expected after an upgrade: start afresh without a word.
    if (data.version !== version) return undefined;
    if (!isString(data.entries) || data.checksum !== checksum(data.entries)) {
      this.warn(`the cache ${this.path} was changed outside replylint or is damaged; ignored`);
      return undefined;
    }
    let entries: unknown;
    try {
      entries = JSON.parse(data.entries);
    } catch {
      entries = undefined;
    }
    if (!isObject(entries) || !Object.values(entries).every(isEntry)) {
      this.warn(`the cache ${this.path} does not hold results of this shape; ignored`);
      return undefined;
    }
    return entries as Record<string, Entry>;
  }

  private static key(job: FileJob): string {
    return JSON.stringify(job.options);
  }

  get(job: FileJob): FileDone | undefined {
    const entry = Object.hasOwn(this.entries, job.absolute) ? this.entries[job.absolute] : undefined;
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

  /** Writes the cache through a temporary file; a failure is a warning, and no temporary file is left. */
  save(): void {
    if (!this.dirty) return;
    const temp = `${this.path}.${process.pid}.tmp`;
    const entries = JSON.stringify(this.entries);
    try {
      writeFileSync(temp, JSON.stringify({ version, checksum: checksum(entries), entries }));
      renameSync(temp, this.path);
    } catch (error) {
      try {
        unlinkSync(temp);
      } catch {
        // Never created.
      }
      this.warn(`cannot write the cache ${this.path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the results were not cached`);
    }
  }
}
