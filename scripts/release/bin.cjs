#!/usr/bin/env node
// The `replylint` command of the release tarball. It runs the bundled CLI
// (../dist/replylint.cjs) through V8's code cache: the first run compiles the
// bundle and saves what V8 compiled to the user's cache folder; later runs
// skip most of the compiling, which is a good part of a one-file lint. A cache
// that is missing, unwritable or made by another Node version is simply not used.
'use strict';
const { Script } = require('node:vm');
const { readFileSync, writeFileSync, renameSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');
const { homedir } = require('node:os');
const { createHash } = require('node:crypto');
const Module = require('node:module');

const file = join(__dirname, '..', 'dist', 'replylint.cjs');
const source = readFileSync(file, 'utf8');
let cacheFile;
if (!process.env.REPLYLINT_NO_CODE_CACHE) {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  const key = createHash('sha256').update(process.version).update(process.arch).update(file).update(source).digest('hex').slice(0, 24);
  cacheFile = join(base, 'replylint', `code-${key}.bin`);
}
let cachedData;
try {
  if (cacheFile) cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const script = new Script(Module.wrap(source), { filename: file, cachedData });
if (cacheFile && (!cachedData || script.cachedDataRejected)) {
  // Saved at exit, so the functions this run compiled lazily are in it too.
  process.once('exit', () => {
    try {
      mkdirSync(join(cacheFile, '..'), { recursive: true });
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cacheFile);
    } catch {
      // No cache this time; the next run tries again.
    }
  });
}
const module_ = { exports: {} };
script.runInThisContext()(module_.exports, require, module_, file, join(file, '..'));
