#!/usr/bin/env node
// replylint-language-server: `--stdio`, `--node-ipc` or `--socket=<port>`, as vscode-languageserver reads them.
// Started as a worker thread, the same script is the server's lint worker.
// First: the CLI's regexp flag, set by the main thread before any pattern runs (see cli/src/regexp-tiering.ts).
import '@replylint/cli/regexp-tiering';
import { isMainThread, workerData } from 'node:worker_threads';
import lsp from 'vscode-languageserver/node.js';
import { isLintWorker, serveLints } from './lint-worker.js';
import { startServer } from './server.js';
import { serverTransport } from './transport.js';

if (!isMainThread && isLintWorker(workerData)) serveLints();
else {
  const transport = serverTransport(process.argv.slice(2));
  const connection = transport ? lsp.createConnection(lsp.ProposedFeatures.all, transport.reader, transport.writer) : lsp.createConnection(lsp.ProposedFeatures.all);
  process.on('uncaughtException', (error) => connection.console.error(`replylint: ${error.stack ?? String(error)}`));
  // This file is always the script the process was started with (directly, through the bin shim, or bundled
  // into the extension), so that script, started as a worker, comes back here as the lint worker.
  const script = process.argv[1];
  startServer(connection, script ? { lintWorker: script } : {});
}
