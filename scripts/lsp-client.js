// A minimal LSP client over stdio, on the protocol package VS Code's own client
// is built on. It starts the real server binary. Shared by the end-to-end
// tests (test/lsp.e2e.test.ts) and the latency benchmark (scripts/bench-server.js).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import rpc from 'vscode-languageserver-protocol/node.js';

export const serverBin = fileURLToPath(new URL('../server/dist/main.js', import.meta.url));

export class TestClient {
  /**
   * @param {{settings?: Record<string, unknown>, pull?: boolean, rootUri?: string, server?: string, streams?: {input: NodeJS.ReadableStream, output: NodeJS.WritableStream}, watchesFiles?: boolean, showsDocuments?: boolean, answersConfiguration?: boolean, initializationOptions?: unknown}} [options]
   * `streams` talks to a server started in this process (its output, our input) instead of the built one.
   * `watchesFiles: false` and `showsDocuments: false` leave those capabilities out, as Neovim 0.7 and eglot do;
   * `answersConfiguration: false` too, as Neovim 0.7 does, whose settings come as `initializationOptions`.
   */
  constructor(options = {}) {
    this.options = options;
    this.settings = options.settings ?? {};
    this.waiters = [];
    this.latest = new Map();
    this.published = new Map();
    this.shownDocuments = [];
    /** The messages the server showed the writer (window/showMessage), in order. */
    this.shownMessages = [];
    // SERVER_PROF=<dir> writes a CPU profile of the server there when it exits (for the benchmarks).
    const profile = process.env.SERVER_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.SERVER_PROF}`] : [];
    this.process = options.streams ? undefined : spawn(process.execPath, [...profile, options.server ?? serverBin, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const input = options.streams?.input ?? this.process.stdout;
    const output = options.streams?.output ?? this.process.stdin;
    this.connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(input), new rpc.StreamMessageWriter(output));
    this.connection.onNotification(rpc.PublishDiagnosticsNotification.type, (params) => {
      this.latest.set(params.uri, params);
      this.published.set(params.uri, (this.published.get(params.uri) ?? 0) + 1);
      for (const waiter of [...this.waiters]) {
        if (waiter.uri === params.uri && waiter.predicate(params.diagnostics, params)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(params.diagnostics);
        }
      }
    });
    this.connection.onRequest(rpc.ConfigurationRequest.type, (params) => params.items.map(() => this.settings));
    this.connection.onRequest(rpc.RegistrationRequest.type, () => undefined);
    this.connection.onNotification(rpc.ShowMessageNotification.type, (params) => this.shownMessages.push(params.message));
    this.connection.onRequest(rpc.ShowDocumentRequest.type, (params) => {
      this.shownDocuments.push(params.uri);
      return { success: true };
    });
    this.logs = [];
    this.logWaiters = [];
    this.connection.onNotification(rpc.LogMessageNotification.type, (params) => {
      this.logs.push(params.message);
      for (const waiter of [...this.logWaiters]) {
        if (waiter.pattern.test(params.message)) {
          this.logWaiters.splice(this.logWaiters.indexOf(waiter), 1);
          waiter.resolve(params.message);
        }
      }
    });
    this.connection.listen();
  }

  async initialize() {
    const result = await this.connection.sendRequest(rpc.InitializeRequest.type, {
      processId: process.pid,
      rootUri: this.options.rootUri ?? null,
      capabilities: {
        workspace: {
          configuration: this.options.answersConfiguration !== false,
          ...(this.options.watchesFiles === false ? {} : { didChangeWatchedFiles: { dynamicRegistration: true } }),
          diagnostics: this.options.pull ? { refreshSupport: false } : undefined,
        },
        ...(this.options.showsDocuments === false ? {} : { window: { showDocument: { support: true } } }),
        textDocument: {
          publishDiagnostics: { versionSupport: true },
          ...(this.options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
          hover: { contentFormat: ['markdown'] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        },
      },
      workspaceFolders: null,
      ...(this.options.initializationOptions ? { initializationOptions: this.options.initializationOptions } : {}),
    });
    await this.connection.sendNotification(rpc.InitializedNotification.type, {});
    return result;
  }

  /** Resolves with the next diagnostics published for `uri` that satisfy the predicate. */
  diagnostics(uri, predicate = () => true, timeout = 10_000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no matching diagnostics for ${uri} within ${timeout} ms; last: ${JSON.stringify(this.latest.get(uri)?.diagnostics.map((d) => d.code))}`)),
        timeout,
      );
      this.waiters.push({ uri, predicate, resolve: (d) => (clearTimeout(timer), resolve(d)) });
    });
  }

  open(uri, text, languageId = 'plaintext', version = 1) {
    return this.connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  changedFiles(changes) {
    return this.connection.sendNotification(rpc.DidChangeWatchedFilesNotification.type, { changes });
  }

  change(uri, version, changes) {
    return this.connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
  }

  save(uri) {
    return this.connection.sendNotification(rpc.DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  close(uri) {
    return this.connection.sendNotification(rpc.DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** The first log message from the server that matches, already sent or still to come. */
  waitForLog(pattern) {
    const seen = this.logs.find((message) => pattern.test(message));
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve) => this.logWaiters.push({ pattern, resolve }));
  }

  async shutdown() {
    try {
      await this.connection.sendRequest(rpc.ShutdownRequest.type);
      // A server in this process would end this process on exit.
      if (!this.process) return;
      await this.connection.sendNotification(rpc.ExitNotification.type);
      // The profile is written on a clean exit only.
      if (process.env.SERVER_PROF) await new Promise((resolve) => this.process.once('exit', resolve));
    } finally {
      this.connection.dispose();
      this.process?.kill();
    }
  }
}

/** Applies LSP text edits to a text, last first. */
export function applyTextEdits(text, edits) {
  const offsetAt = (p) => {
    let offset = 0;
    for (let line = 0; line < p.line; line++) offset = text.indexOf('\n', offset) + 1;
    return offset + p.character;
  };
  const sorted = [...edits].sort((a, b) => offsetAt(b.range.start) - offsetAt(a.range.start));
  let result = text;
  for (const edit of sorted) result = result.slice(0, offsetAt(edit.range.start)) + edit.newText + result.slice(offsetAt(edit.range.end));
  return result;
}
