#!/usr/bin/env node
// The `replylint` command. A committed shim, so npm can link it before the
// TypeScript is built; it runs the built CLI (npm run build).
import('../dist/cli.js').catch((error) => {
  process.stderr.write(`replylint: cannot start (${error.code === 'ERR_MODULE_NOT_FOUND' ? 'run npm run build first' : error.message})\n`);
  process.exitCode = 2;
});
