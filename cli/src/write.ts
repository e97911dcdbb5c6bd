import { accessSync, closeSync, constants, fchmodSync, fchownSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A file --fix will not rewrite; the message says why, and the file is left as it was. */
export class WriteRefused extends Error {
  override name = 'WriteRefused';
}

/** What a file held when it was read: it is rewritten only if it still holds exactly that. */
export interface Snapshot {
  bytes: Uint8Array;
  size: number;
  mtimeMs: number;
}

function unchanged(target: string, before: Snapshot): boolean {
  const now = statSync(target);
  if (now.size !== before.size || now.mtimeMs !== before.mtimeMs) return false;
  return Buffer.from(readFileSync(target)).equals(before.bytes);
}

function refusal(stat: Stats, target: string): string | undefined {
  if (!stat.isFile()) return 'not a regular file; not rewritten';
  if ((stat.mode & 0o222) === 0) return 'read-only; not rewritten (make it writable to let --fix change it)';
  try {
    accessSync(target, constants.W_OK);
  } catch {
    return 'not writable by you; not rewritten';
  }
  // A rename gives the path a new file: the other names of a hard-linked file would keep the old text.
  if (stat.nlink > 1) return `has ${stat.nlink} hard links, which a rewrite would split; not rewritten`;
  return undefined;
}

/** The temporary file of a rewrite: `.<name>.replylint-<pid>-<time>.tmp` beside the file. */
const tempName = /^\..+\.replylint-(\d+)-\d+\.tmp$/u;
/** Folders already cleared of what earlier runs left (once per folder per thread). */
const swept = new Set<string>();

/** Whether a process of this id still runs (a process we may not signal runs too). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files a --fix run killed mid-write left in a folder (a process killed between writing its
 * temporary file and renaming it cannot remove it itself): those of processes no longer running.
 */
function sweepLeftovers(folder: string): void {
  if (swept.has(folder)) return;
  swept.add(folder);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const match = tempName.exec(name);
    if (!match || Number(match[1]) === process.pid || running(Number(match[1]))) continue;
    try {
      unlinkSync(join(folder, name));
    } catch {
      // Another run removed it first.
    }
  }
}

/**
 * Replaces a file's content atomically: the new content goes into a temporary
 * file in the same folder, which takes the original's mode and owner and is
 * then renamed over it, so a crash never leaves half a file. A symbolic link
 * is written through (its target is replaced, the link stays). Throws
 * WriteRefused, leaving the file as it was, for a read-only, unwritable or
 * hard-linked file, one whose owner the rewrite could not keep, and one that
 * no longer holds what `before` says it held when it was read (an edit made
 * while it was being linted would otherwise be lost).
 */
export function writeAtomic(path: string, content: string | Uint8Array, before?: Snapshot): void {
  const target = realpathSync(path);
  const stat = statSync(target);
  const refused = refusal(stat, target);
  if (refused) throw new WriteRefused(refused);
  sweepLeftovers(dirname(target));
  const temp = join(dirname(target), `.${basename(target)}.replylint-${process.pid}-${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o600);
    writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    // Set after creation: a mode given to open is narrowed by the umask.
    fchmodSync(fd, stat.mode & 0o7777);
    if (process.getuid && (stat.uid !== process.getuid() || stat.gid !== process.getgid?.())) {
      try {
        fchownSync(fd, stat.uid, stat.gid);
      } catch {
        throw new WriteRefused('belongs to another user or group, which a rewrite could not keep; not rewritten');
      }
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (before && !unchanged(target, before)) throw new WriteRefused('changed since replylint read it; not rewritten (run --fix again)');
    renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // Nothing was left behind.
    }
    throw error;
  }
}

/** Writes a report to the path given with -o or --out, creating missing folders; returns why it could not, if it could not. */
export function writeReport(path: string, content: string): string | undefined {
  try {
    makeFolders(dirname(path));
    writeFileSync(path, content);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'EISDIR'
      ? 'it is a folder'
      : code === 'ENOTDIR' || code === 'EEXIST'
        ? 'a file stands where a folder of its path should be'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'ENOENT'
            ? 'a folder of its path does not exist and cannot be made there'
            : code === 'EROFS'
              ? 'the file system is read-only'
              : code === 'ENOSPC'
                ? 'no space is left on the device'
                : (code ?? (error as Error).message);
  }
}

/**
 * The folders of a path made one level at a time, from the deepest that exists. (Node's recursive mkdir never returns
 * for a path under /proc/sys that does not exist; made level by level, the first that cannot be made says why.)
 */
function makeFolders(folder: string): void {
  const missing: string[] = [];
  for (let at = folder; !exists(at); at = dirname(at)) {
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const made of missing.reverse()) mkdirSync(made);
}

/** Whether a path exists (a missing one is ENOENT; any other failure, such as a file where a folder should be, is thrown). */
function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
