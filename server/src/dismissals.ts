/**
 * Reports the writer dismissed, kept outside the reply: nothing the editor
 * does may end up in the text a customer receives. They live in
 * `.replylint/dismissed.json` under the workspace, which a team may commit and
 * share, so they survive a restart; without a workspace folder they last as
 * long as the server.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { wholeReplyRules } from '@replylint/rules';

export interface Dismissal {
  rule: string;
  /** The flagged text; for a whole-reply rule (which flags whatever sentence ends the reply) none. */
  text?: string;
  /** The reply it applies to (a workspace-relative path, or a URI); none means every reply. */
  file?: string;
}

export const dismissalsFile = join('.replylint', 'dismissed.json');

/** The same words, whatever their case and spacing: a dismissal outlives a reflowed line. */
const normal = (text: string): string => text.replace(/\s+/gu, ' ').trim().toLowerCase();

export class DismissalFileError extends Error {
  override name = 'DismissalFileError';
}

export class Dismissals {
  private items: Dismissal[] = [];
  private loaded = false;
  /** Set when the file could not be read as a list of dismissals: it is neither used nor overwritten. */
  private broken: string | undefined;

  /** @param path the file, or undefined to keep dismissals in memory only */
  constructor(readonly path: string | undefined) {}

  /** Forgets what was read, so the next use reads the file again (it changed on disk). */
  reload(): void {
    this.loaded = false;
  }

  get problem(): string | undefined {
    this.load();
    return this.broken;
  }

  list(): readonly Dismissal[] {
    this.load();
    return this.items;
  }

  /** Whether a report (its rule and flagged text) in a reply (its key) is dismissed. */
  covers(rule: string, actual: string, file: string): boolean {
    const items = this.list();
    if (items.length === 0) return false;
    const text = normal(actual);
    return items.some((d) => d.rule === rule && (d.file === undefined || d.file === file) && (d.text === undefined || normal(d.text) === text));
  }

  add(dismissal: Dismissal): void {
    this.load();
    const entry: Dismissal = { rule: dismissal.rule };
    if (dismissal.text !== undefined && !wholeReplyRules.has(dismissal.rule)) entry.text = dismissal.text;
    if (dismissal.file !== undefined) entry.file = dismissal.file;
    if (this.items.some((d) => same(d, entry))) return;
    this.save([...this.items, entry]);
  }

  /** Undoes the dismissals at these positions of list(). */
  remove(indexes: readonly number[]): number {
    this.load();
    const drop = new Set(indexes.filter((i) => Number.isInteger(i) && i >= 0 && i < this.items.length));
    if (drop.size === 0) return 0;
    this.save(this.items.filter((_, i) => !drop.has(i)));
    return drop.size;
  }

  private load(): void {
    if (this.loaded) return;
    this.loaded = true;
    this.broken = undefined;
    this.items = [];
    if (this.path === undefined) return;
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      this.broken = `${this.path}: ${(error as Error).message}`;
      return;
    }
    try {
      const data = JSON.parse(text) as { dismissed?: unknown };
      if (!Array.isArray(data.dismissed)) throw new Error('expected {"dismissed": [...]}');
      for (const item of data.dismissed) {
        const d = item as Partial<Record<keyof Dismissal, unknown>>;
        if (typeof d.rule !== 'string' || (d.text !== undefined && typeof d.text !== 'string') || (d.file !== undefined && typeof d.file !== 'string')) {
          throw new Error(`each dismissal needs a "rule" and may have a "text" and a "file" (strings); found ${JSON.stringify(item)}`);
        }
        this.items.push(d as Dismissal);
      }
    } catch (error) {
      this.items = [];
      this.broken = `${this.path} is not a list of dismissed reports (${(error as Error).message}); fix or delete it`;
    }
  }

  private save(items: Dismissal[]): void {
    if (this.broken) throw new DismissalFileError(this.broken);
    if (this.path !== undefined) {
      mkdirSync(dirname(this.path), { recursive: true });
      // Written whole and renamed into place: a crash never leaves half a file.
      const temporary = `${this.path}.${process.pid}.tmp`;
      writeFileSync(temporary, `${JSON.stringify({ dismissed: items }, null, 2)}\n`);
      renameSync(temporary, this.path);
    }
    this.items = items;
  }
}

const same = (a: Dismissal, b: Dismissal): boolean => a.rule === b.rule && a.file === b.file && (a.text === undefined ? b.text === undefined : b.text !== undefined && normal(a.text) === normal(b.text));

/** A dismissal in words, for a list the writer picks from. */
export function describeDismissal(d: Dismissal): string {
  const what = d.text === undefined ? d.rule : `${d.rule} "${d.text.length > 50 ? `${d.text.slice(0, 47)}…` : d.text}"`;
  return d.file === undefined ? `${what} everywhere` : `${what} in ${d.file}`;
}
