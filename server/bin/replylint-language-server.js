#!/usr/bin/env node
// The `replylint-language-server` command (--stdio, --node-ipc or --socket=<port>).
// A committed shim, so npm can link it before the TypeScript is built.
import('../dist/main.js').catch((error) => {
  process.stderr.write(`replylint-language-server: cannot start (${error.code === 'ERR_MODULE_NOT_FOUND' ? 'run npm run build first' : error.message})\n`);
  process.exitCode = 2;
});
