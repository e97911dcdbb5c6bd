#!/usr/bin/env node
// replylint-language-server: `--stdio`, `--node-ipc` or `--socket=<port>`, as vscode-languageserver reads them.
import lsp from 'vscode-languageserver/node.js';
import { startServer } from './server.js';
import { serverTransport } from './transport.js';

const transport = serverTransport(process.argv.slice(2));
const connection = transport ? lsp.createConnection(lsp.ProposedFeatures.all, transport.reader, transport.writer) : lsp.createConnection(lsp.ProposedFeatures.all);
process.on('uncaughtException', (error) => connection.console.error(`replylint: ${error.stack ?? String(error)}`));
startServer(connection);
