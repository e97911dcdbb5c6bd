import { closeSync, existsSync, fstatSync, openSync, realpathSync, statSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve, relative, extname, isAbsolute, sep } from 'node:path';
import { glob } from 'tinyglobby';

/** Reply files the CLI reads from folders and globs. */
export const replyExtensions = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.liquid', '.hbs', '.handlebars', '.mustache', '.ftl', '.j2', '.jinja', '.jinja2', '.tmpl']);
/** Files that may hold many replies; read from folders only when they turn out to (see lintFile). */
export const exportExtensions = new Set(['.json', '.yaml', '.yml', '.csv']);
/** Never replies: config and tooling files. */
const notReplyNames = /^(?:package(?:-lock)?\.json|tsconfig[^/]*\.json|\.replylintrc\.(?:json|ya?ml)|replylint\.config\.json|\.replylintcache|\.pre-commit[^/]*\.ya?ml)$/u;
/** A config or tooling file by its name, or anything under a `.github` folder; read on the path's parts, one name at a time. */
function notAReply(path: string): boolean {
  const parts = path.split('/');
  return notReplyNames.test(parts[parts.length - 1]!) || parts.slice(0, -1).includes('.github');
}

/** Files larger than this are refused with a message rather than read: a reply is never this long. */
export const defaultMaxFileSize = 10 * 1024 * 1024;

export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path}: ${problem}`);
  }
}

export interface Discovery {
  files: string[];
  /** Files named on the command line (not found by walking a folder). */
  explicit: Set<string>;
  errors: InputError[];
  /** Files and folders left out on purpose (links that lead outside what was given), with why. */
  notes: string[];
}

const isGlob = (pattern: string): boolean => /[*?[\]{}!]/u.test(pattern);

/** The folders a walk never enters. */
const skippedFolder = (name: string): boolean => name.startsWith('.') || name === 'node_modules';

/**
 * Whether a real path lies inside the real root, and not in a folder a walk
 * of the root would skip: a link inside the tree to `../.git/config` (or to
 * `.git/config` from the root) must not be read, quoted or rewritten. The
 * last segment is checked too unless `name` is false (a file given by name).
 */
function insideTree(real: string, root: string, name = true): boolean {
  const rel = relative(root, real);
  if (rel === '') return true;
  if (isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`)) return false;
  const segments = rel.split(sep);
  return !(name ? segments : segments.slice(0, -1)).some(skippedFolder);
}

function realRoot(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Where a file's real path lies: whether the file is a symbolic link, and whether its target is inside `root` (its own
 * folder when no root is given). Undefined when the file or its folder cannot be resolved: reading it reports why.
 */
function placeOf(file: string, root?: string): { isLink: boolean; inside: boolean } | undefined {
  const real = realRoot(file);
  const folder = realRoot(dirname(file));
  const within = root ?? folder;
  if (real === undefined || folder === undefined || within === undefined) return undefined;
  const isLink = real !== join(folder, basename(file));
  return { isLink, inside: insideTree(real, within, isLink) };
}

/** A file named on the command line that is a symbolic link leading outside its folder. */
function linkedOutside(file: string): boolean {
  const place = placeOf(file);
  return place !== undefined && place.isLink && !place.inside;
}

/** The folder a glob starts from: its leading segments without wildcards. */
function globBase(pattern: string, cwd: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (isGlob(segment)) break;
    fixed.push(segment);
  }
  return resolve(cwd, fixed.join('/') || '.');
}

/**
 * Expands paths and globs into reply files: folders recursively (skipping
 * node_modules and dot-folders, never following a symlink loop), globs
 * relative to `cwd`. A path that does not exist, a glob that matches nothing and a folder with no replies in it are
 * errors, not silence.
 */
export async function discover(patterns: readonly string[], cwd: string): Promise<Discovery> {
  const found = new Set<string>();
  const named = new Set<string>();
  const errors: InputError[] = [];
  const notes: string[] = [];
  const display = (file: string): string => relative(cwd, file) || file;
  /** Keeps a named or matched file only when its real path lies inside `root`; one that cannot be resolved is left for reading to report. */
  const within = (file: string, root: string | undefined): boolean => {
    const place = root === undefined ? undefined : placeOf(file, root);
    if (place === undefined || place.inside) return true;
    notes.push(`${display(file)}: a symbolic link leads outside ${place.isLink ? 'its folder' : 'the folder the pattern starts from'}; skipped`);
    return false;
  };
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    let stat;
    try {
      stat = statSync(absolute);
    } catch (error) {
      if (isGlob(pattern)) {
        const matches = await glob(pattern, { cwd, absolute: true, dot: false, ignore: ['**/node_modules/**'], onlyFiles: true });
        if (matches.length === 0) errors.push(new InputError(pattern, 'no files match this pattern'));
        const root = realRoot(globBase(pattern, cwd));
        for (const match of matches.sort()) if (within(match, root)) found.add(match);
        continue;
      }
      const code = (error as NodeJS.ErrnoException).code;
      errors.push(new InputError(pattern, code === 'ELOOP' ? 'symbolic link loop' : code === 'EACCES' ? 'permission denied' : 'no such file or directory'));
      continue;
    }
    if (stat.isDirectory()) {
      const root = realRoot(absolute);
      const inFolder = new Set<string>();
      const failed = errors.length;
      if (root !== undefined) walk(absolute, root, { found: inFolder, errors, notes, display }, new Set());
      for (const file of inFolder) found.add(file);
      // A folder with nothing to read is said, as a glob that matches nothing is: a mistyped or emptied folder in a CI
      // job would otherwise pass without a reply linted.
      if (inFolder.size === 0 && errors.length === failed) errors.push(new InputError(pattern, 'no replies in this folder (.txt, .md, .html, templates or exports)'));
    } else if (linkedOutside(absolute)) {
      // Named on its own, a link is no folder's member to skip quietly: a CI job given only it would pass without a
      // reply read. It is still not followed (its target may be anything: --fix would write there, reports quote it).
      errors.push(new InputError(display(absolute), 'a symbolic link that leads outside its folder; not read (name the file it points to instead)'));
    } else {
      found.add(absolute);
      named.add(absolute);
    }
  }
  return { files: [...found].map(display), explicit: new Set([...named].map(display)), errors, notes };
}

interface Walk {
  found: Set<string>;
  errors: InputError[];
  notes: string[];
  display: (file: string) => string;
}

function walk(dir: string, root: string, out: Walk, visited: Set<string>): void {
  const { found, errors } = out;
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    errors.push(new InputError(dir, 'symbolic link loop or unreadable folder'));
    return;
  }
  if (visited.has(real)) return;
  visited.add(real);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    errors.push(new InputError(dir, `cannot read folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`));
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (skippedFolder(entry.name)) continue;
    const full = join(dir, entry.name);
    // A name that is not UTF-8 comes back with U+FFFD in it, and that string names no file.
    if (entry.name.includes('\ufffd') && !existsSync(full)) {
      errors.push(new InputError(out.display(full), 'its name is not valid UTF-8, so it cannot be opened by name; rename it to lint it'));
      continue;
    }
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = statSync(full);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch {
        errors.push(new InputError(full, 'broken symbolic link or link loop'));
        continue;
      }
      // A link that leads out of the tree is not followed: --fix would write there, and reports would quote it.
      if (!insideTree(realpathSync(full), root)) {
        out.notes.push(`${out.display(full)}: a symbolic link to a ${isDir ? 'folder' : 'file'} outside the folder being linted (or in a folder it skips); skipped`);
        continue;
      }
    }
    if (isDir) walk(full, root, out, visited);
    else if (isFile && (replyExtensions.has(extname(entry.name).toLowerCase()) || exportExtensions.has(extname(entry.name).toLowerCase())) && !notAReply(full.split('\\').join('/'))) found.add(full);
  }
}

/** Made on first use: a decoder is a native object, which the executable's start-up snapshot cannot hold. */
let decoder: InstanceType<typeof TextDecoder> | undefined;

/** How a reply's text is stored, so --fix writes it back the same way. */
export type Encoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be';

function tooLarge(path: string, size: number, maxSize: number): InputError {
  return new InputError(path, `file is ${(size / 1048576).toFixed(1)} MiB, over the ${(maxSize / 1048576).toFixed(0)} MiB limit for one reply`);
}

/** The encoding a byte-order mark names, when there is one. */
function markedEncoding(bytes: Uint8Array): 'utf8-bom' | 'utf16le' | 'utf16be' | 'utf32' | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf8-bom';
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff)) return 'utf32';
  if (a === 0xff && b === 0xfe) return 'utf16le';
  if (a === 0xfe && b === 0xff) return 'utf16be';
  return undefined;
}

/** Decodes UTF-16 text that starts with a byte-order mark (which the decoder drops). */
function decodeUtf16(path: string, bytes: Uint8Array, encoding: 'utf16le' | 'utf16be'): string {
  try {
    return new TextDecoder(encoding === 'utf16le' ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(path, 'invalid UTF-16 (a lone surrogate or an odd number of bytes); save the file as UTF-8');
  }
}

/** Decodes a reply's bytes and says how they were encoded, refusing binary data and invalid UTF-8 with a message that says so. */
export function decodeReplyBytes(path: string, bytes: Uint8Array, maxSize = defaultMaxFileSize): { text: string; encoding: Encoding } {
  if (bytes.byteLength > maxSize) throw tooLarge(path, bytes.byteLength, maxSize);
  const marked = markedEncoding(bytes);
  if (marked === 'utf32') throw new InputError(path, 'UTF-32 text, not UTF-8; save the file as UTF-8');
  if (marked === 'utf16le' || marked === 'utf16be') {
    const text = decodeUtf16(path, bytes, marked);
    if (text.slice(0, 8192).includes('\u0000')) throw new InputError(path, 'binary file (contains NUL characters), not a reply');
    return { text, encoding: marked };
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(path, 'binary file (contains NUL bytes), not a reply');
  let text: string;
  try {
    text = (decoder ??= new TextDecoder('utf-8', { fatal: true })).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new InputError(path, `invalid UTF-8 at byte ${at}; save the file as UTF-8`);
  }
  // The decoder drops a byte-order mark: it is not part of the reply, and offsets in reports do not count it.
  return { text, encoding: marked ?? 'utf8' };
}

/** Decodes a reply's bytes, refusing binary data and invalid UTF-8 with a message that says so. */
export function decodeReply(path: string, bytes: Uint8Array, maxSize = defaultMaxFileSize): string {
  return decodeReplyBytes(path, bytes, maxSize).text;
}

/** A reply's text as bytes in the encoding it was read in, byte-order mark included. */
export function encodeReply(text: string, encoding: Encoding): Uint8Array {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf8-bom') return Buffer.from(`\ufeff${text}`, 'utf8');
  const bytes = Buffer.from(`\ufeff${text}`, 'utf16le');
  return encoding === 'utf16le' ? bytes : bytes.swap16();
}

export interface ReadReply {
  text: string;
  encoding: Encoding;
  /** The bytes as read, with the size and time they had: --fix rewrites the file only if it still holds them. */
  snapshot: { bytes: Uint8Array; size: number; mtimeMs: number };
}

/** Reads a reply file: its text, its encoding and what it held when read. */
export function readReplyFile(path: string, maxSize = defaultMaxFileSize): ReadReply {
  let fd: number | undefined;
  try {
    // Checked before opening too: opening a named pipe waits for a writer.
    if (!statSync(path).isFile()) throw new InputError(path, 'not a regular file');
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new InputError(path, 'not a regular file');
    if (stat.size > maxSize) throw tooLarge(path, stat.size, maxSize);
    const bytes = readFileSync(fd);
    return { ...decodeReplyBytes(path, bytes, maxSize), snapshot: { bytes, size: stat.size, mtimeMs: stat.mtimeMs } };
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(path, describeFsError(error));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function readReply(path: string, maxSize = defaultMaxFileSize): string {
  return readReplyFile(path, maxSize).text;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'no such file';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'EISDIR') return 'is a folder';
  return (error as Error).message;
}

/** The offset of the first byte that starts an invalid UTF-8 sequence, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const continuation = lead < 0x80 ? 0 : lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : -1;
    if (continuation < 0) return i;
    for (let k = 1; k <= continuation; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += continuation + 1;
  }
  return i;
}
