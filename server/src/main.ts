#!/usr/bin/env node
// replylint-language-server: `--stdio`, `--node-ipc` or `--socket=<port>`, as vscode-languageserver reads them.
import lsp from 'vscode-languageserver/node.js';
import { startServer } from './server.js';

const connection = lsp.createConnection(lsp.ProposedFeatures.all);
process.on('uncaughtException', (error) => connection.console.error(`replylint: ${error.stack ?? String(error)}`));
startServer(connection);
