#!/usr/bin/env node
// The `replylint` command of the release tarball. It runs the bundled CLI
// (../dist/replylint.cjs) through V8's code cache: the first run compiles the
// bundle and saves what V8 compiled to the user's cache folder; later runs
// skip most of the compiling, which is a good part of a one-file lint. A cache
// that is missing, unwritable or made by another Node version is simply not used.
'use strict';
const { setFlagsFromString } = require('node:v8');
const vm = require('node:vm');
const { Script } = vm;
const { readFileSync, readdirSync, writeFileSync, renameSync, mkdirSync, rmSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { isAscii } = require('node:buffer');
const { homedir } = require('node:os');
const Module = require('node:module');

// The regexp flag the CLI sets first thing (src/regexp-tiering.ts), set before the bundle is compiled: V8 keeps the
// flags a code cache was made under and rejects it under others, so a cache saved at exit, after the CLI had set
// the flag, was refused by every later run that compiled before setting it.
setFlagsFromString('--no-regexp-tier-up');

/** FNV-1a (64-bit) of a string's UTF-16 units, as hex: a short, stable name for the cache file. */
function fnv1a(text) {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i += 1) hash = BigInt.asUintN(64, (hash ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n);
  return hash.toString(16).padStart(16, '0');
}

const file = join(__dirname, '..', 'dist', 'replylint.cjs');
// The release build writes the bundle in ASCII (scripts/release.mjs), which read as Latin-1 is the same text as a
// one-byte string: no UTF-8 decoding and half the memory of the two-byte string a single wider character makes.
const bytes = readFileSync(file);
const source = isAscii(bytes) ? bytes.latin1Slice() : bytes.toString('utf8');
let cacheFile;
let cacheFolder;
let cachePrefix;
if (!process.env.REPLYLINT_NO_CODE_CACHE) {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  // The bundle's identity by its place, size, time and inode (hashing its megabyte of text costs more than the
  // cache saves); V8 also checks the source's length and its own version before using a cache.
  // The name starts with the install's own part, so a new cache can replace the ones older versions left there.
  const { size, mtimeMs, ino } = statSync(file);
  cacheFolder = join(base, 'replylint');
  cachePrefix = `code-${fnv1a(file)}-`;
  cacheFile = join(cacheFolder, `${cachePrefix}${fnv1a(`${process.version}\0${process.arch}\0${size}\0${mtimeMs}\0${ino}`)}.bin`);
}
let cachedData;
try {
  if (cacheFile) cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
// `import()` inside the bundle (an ES-module formatter, `--format ./formatter.mjs`) goes to Node's own loader, as it
// would from a file Node loaded itself.
const script = new Script(Module.wrap(source), { filename: file, cachedData, importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
// A run that only prints its version or its help compiles a sliver of the bundle: a cache made from it would be
// accepted by every later run and never filled in, so such a run uses a cache but neither makes nor replaces one.
const briefRun = process.argv.slice(2).some((arg) => arg === '--version' || arg === '-v' || arg === '--help' || arg === '-h');
if (cacheFile && !briefRun && (!cachedData || script.cachedDataRejected)) {
  // Saved at exit, so the functions this run compiled lazily are in it too.
  process.once('exit', () => {
    try {
      mkdirSync(join(cacheFile, '..'), { recursive: true });
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      // The cache carries the flags it is made under: a small run turned V8's regexp optimisation off (the CLI's
      // regexp-speed.ts; its worker threads, if any, have ended by now), so it is set back to the default this
      // script compiled the bundle under, and every run can use the cache.
      setFlagsFromString('--regexp-optimization');
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cacheFile);
      // This install's caches for an earlier bundle or Node version are of no further use.
      for (const name of readdirSync(cacheFolder)) {
        if (name.startsWith(cachePrefix) && name.endsWith('.bin') && join(cacheFolder, name) !== cacheFile) rmSync(join(cacheFolder, name), { force: true });
      }
    } catch {
      // No cache this time; the next run tries again.
    }
  });
}
const module_ = { exports: {} };
script.runInThisContext()(module_.exports, require, module_, file, join(file, '..'));
