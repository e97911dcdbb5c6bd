/**
 * The replylint language server: a thin adapter from LSP to the core.
 * Documents are linted on open and after each edit (debounced, newest edit
 * wins) in a worker thread with a time budget, so no document can freeze the
 * server; diagnostics are pushed, or pulled by clients that ask; code actions
 * carry the core's rewrites; hovers explain.
 */
import { fixAll, lint, type LintOptions, type ReplyMessage } from '@replylint/rules';
import { TextDocument } from 'vscode-languageserver-textdocument';
import lsp from 'vscode-languageserver';
import { applyFixAllCommand, fixAllAction, fixAllEdits, fixAllKind, openDocsCommand, quickFixes } from './code-actions.js';
import { toDiagnostic } from './diagnostics.js';
import { editOffset, withholdTyping, type Edit } from './focus.js';
import { hoverMarkdown } from './hover.js';
import { Linter, type Outcome } from './linter.js';
import { defaultSettings, maxDelay, normalizeSettings, type Settings } from './settings.js';
import { ConfigFileError, ConfigResolver, configFileNames, fileOptions, toLintOptions } from '@replylint/cli/config';
import { fileURLToPath, pathToFileURL } from 'node:url';

const { CodeActionKind, TextDocuments, TextDocumentSyncKind, DocumentDiagnosticReportKind } = lsp;

interface DocumentState {
  /** The text last seen, to locate the next edit for focus mode. */
  text: string;
  lastEdit?: Edit;
  /** Cancels the pending lint, whether it waits on a timer or on the next turn. */
  cancel?: () => void;
  focusTimer?: NodeJS.Timeout;
  /** The messages of the last lint, for the version they were computed on. */
  version?: number;
  messages: ReplyMessage[];
  /** Set when that lint ran past the budget and was abandoned. */
  tooLong: boolean;
  /** The lint under way, for the version it is of: asking again for that version waits on it. */
  pending?: { version: number; checked: Promise<Checked> };
}

/** A document's lint: its messages, or none and `tooLong` when it ran past the budget. */
interface Checked {
  messages: ReplyMessage[];
  tooLong: boolean;
}

/** Where the lints run: a worker thread with a budget, or (with no worker script) this thread. */
interface Linting {
  lint(key: string, text: string, options: LintOptions): Promise<Outcome<ReplyMessage[]>>;
  fixAll(text: string, options: LintOptions): Promise<Outcome<string>>;
  dispose(): void;
}

const inThisThread: Linting = {
  lint: async (_key, text, options) => ({ done: lint(text, options) }),
  fixAll: async (text, options) => ({ done: fixAll(text, options) }),
  dispose: () => {},
};

/** How long a lint may run before it is abandoned, by default. */
export const defaultLintBudget = 1500;

export interface ServerOptions {
  /** The clock, replaceable in tests. */
  now?: () => number;
  /** Lint the rules' examples in idle slices after start-up, so the first keystrokes find the rules compiled (default true). */
  warmUp?: boolean;
  /**
   * A script that runs lint-worker.ts's serveLints() in a worker thread (main.ts runs it when it is
   * started as a worker). Without one, lints run in the server's own thread, with no time budget.
   */
  lintWorker?: string | URL;
  /** How long a lint may run, in milliseconds, before it is abandoned and the document marked too long to check. */
  lintBudget?: number;
}

/** The local path of a file: URI, or undefined for another scheme or a file: URI this system cannot open (another host, on POSIX). */
function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function startServer(connection: lsp.Connection, options: ServerOptions = {}): void {
  const now = options.now ?? Date.now;
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, DocumentState>();
  const settingsCache = new Map<string, Promise<Settings>>();
  const reportedProblems = new Set<string>();
  let hasConfiguration = false;
  let workspaceRoot = process.cwd();
  const configWarning = (message: string): void => connection.console.warn(`replylint: ${message}`);
  let resolver = new ConfigResolver(workspaceRoot, configWarning);
  /** Config files whose errors are shown as diagnostics, so they can be cleared once fixed. */
  const brokenConfigs = new Set<string>();
  let watchRegistration = false;
  let pullDiagnostics = false;
  let pullRefresh = false;
  const budget = options.lintBudget ?? defaultLintBudget;
  let linter: Linting = inThisThread;

  connection.onInitialize((params) => {
    const caps = params.capabilities;
    hasConfiguration = caps.workspace?.configuration === true;
    watchRegistration = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const root = pathOf(params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? '');
    if (root !== undefined) {
      workspaceRoot = root;
      resolver = new ConfigResolver(workspaceRoot, configWarning);
    }
    if (options.lintWorker !== undefined && linter === inThisThread) {
      linter = new Linter({
        script: options.lintWorker,
        budget,
        warmUp: options.warmUp !== false,
        onWarmedUp: (lints, ms) => connection.console.log(`replylint: warmed up (${lints} lints in ${ms} ms)`),
        log: (message) => connection.console.error(message),
      });
    }
    pullDiagnostics = caps.textDocument?.diagnostic !== undefined;
    pullRefresh = caps.workspace?.diagnostics?.refreshSupport === true;
    const result: lsp.InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, fixAllKind, CodeActionKind.SourceFixAll] },
        hoverProvider: true,
        executeCommandProvider: { commands: [openDocsCommand, applyFixAllCommand] },
      },
      serverInfo: { name: 'replylint', version: '0.1.0' },
    };
    if (pullDiagnostics) {
      result.capabilities.diagnosticProvider = { identifier: 'replylint', interFileDependencies: false, workspaceDiagnostics: false };
    }
    return result;
  });

  connection.onShutdown(() => linter.dispose());

  connection.onInitialized(() => {
    if (hasConfiguration) {
      void connection.client.register(lsp.DidChangeConfigurationNotification.type, { section: 'replylint' });
    }
    if (watchRegistration) {
      // Team config files and .replylintignore: a change relints every open reply.
      void connection.client.register(lsp.DidChangeWatchedFilesNotification.type, {
        watchers: [...configFileNames, '.replylintignore'].map((name) => ({ globPattern: `**/${name}` })),
      });
    }
  });

  connection.onDidChangeWatchedFiles(() => {
    resolver.clear();
    for (const document of documents.all()) {
      const s = state(document.uri);
      s.version = undefined;
      s.pending = undefined;
      schedule(document, 0);
    }
    if (pullDiagnostics && pullRefresh) void connection.languages.diagnostics.refresh();
  });

  function settingsFor(uri: string): Promise<Settings> {
    if (!hasConfiguration) return Promise.resolve(globalSettings);
    let cached = settingsCache.get(uri);
    if (!cached) {
      cached = connection.workspace.getConfiguration({ scopeUri: uri, section: 'replylint' }).then(
        (raw: unknown) => {
          const { settings, problems } = normalizeSettings(raw);
          for (const problem of problems) {
            if (reportedProblems.has(problem)) continue;
            reportedProblems.add(problem);
            void connection.window.showWarningMessage(`replylint: ${problem}; using the default for it.`);
          }
          return settings;
        },
        () => globalSettings,
      );
      settingsCache.set(uri, cached);
    }
    return cached;
  }
  let globalSettings: Settings = defaultSettings;

  connection.onDidChangeConfiguration((change) => {
    settingsCache.clear();
    if (!hasConfiguration) globalSettings = normalizeSettings((change.settings as { replylint?: unknown } | undefined)?.replylint).settings;
    for (const document of documents.all()) schedule(document, 0);
    if (pullDiagnostics && pullRefresh) void connection.languages.diagnostics.refresh();
  });

  function state(uri: string): DocumentState {
    let s = states.get(uri);
    if (!s) {
      s = { text: '', messages: [], tooLong: false };
      states.set(uri, s);
    }
    return s;
  }

  const formatOfLanguage = (languageId: string): LintOptions['format'] => (languageId === 'markdown' ? 'markdown' : languageId === 'html' ? 'html' : undefined);

  /**
   * The lint options for a document: the team's config file when one applies
   * (found as the CLI finds it, so the editor and CI agree), else the editor's
   * settings. A broken config file is reported on the file itself.
   */
  function lintOptions(settings: Settings, uri: string, languageId = 'plaintext'): LintOptions {
    const editor: LintOptions = { channel: settings.channel, rules: settings.rules, filePath: uri };
    if (settings.replyLanguage !== 'auto') editor.language = settings.replyLanguage;
    const format = formatOfLanguage(languageId);
    if (format) editor.format = format;
    const path = pathOf(uri);
    // A file on another host (file://host/share/…, a UNC path on Windows only) has no config to look up here; its name still says its format.
    if (path === undefined) return uri.startsWith('file:') ? { ...fileOptions(decodeURIComponent(new URL(uri).pathname), editor), filePath: uri } : editor;
    try {
      const config = resolver.forFile(path);
      for (const broken of [...brokenConfigs]) {
        brokenConfigs.delete(broken);
        void connection.sendDiagnostics({ uri: broken, diagnostics: [] });
      }
      if (!config.configPath) return fileOptions(path, editor);
      const { replies: _replies, ...team } = toLintOptions(config.settings);
      // The editor's language setting applies where the team's config leaves the language to detection.
      const language = team.language ?? editor.language;
      return fileOptions(path, { ...team, ...(format && !team.format ? { format } : {}), ...(language ? { language } : {}), filePath: uri });
    } catch (error) {
      if (!(error instanceof ConfigFileError)) throw error;
      const configUri = pathToFileURL(error.file.startsWith('/') ? error.file : `${workspaceRoot}/${error.file}`).href;
      brokenConfigs.add(configUri);
      const line = Math.max(0, (error.line ?? 1) - 1);
      void connection.sendDiagnostics({
        uri: configUri,
        diagnostics: [{ range: { start: { line, character: 0 }, end: { line, character: 1000 } }, severity: lsp.DiagnosticSeverity.Error, source: 'replylint', message: error.message }],
      });
      return editor;
    }
  }

  /**
   * Lints a document (once per version: a second ask waits on the first). One
   * bad document logs an error and reports nothing, and never takes the
   * server down; one that takes too long to check is marked so.
   */
  function lintDocument(document: TextDocument): Promise<Checked> {
    const s = state(document.uri);
    if (s.version === document.version) return Promise.resolve({ messages: s.messages, tooLong: s.tooLong });
    if (s.pending?.version === document.version) return s.pending.checked;
    const pending = { version: document.version, checked: Promise.resolve<Checked>({ messages: [], tooLong: false }) };
    pending.checked = check(document).finally(() => {
      if (s.pending === pending) s.pending = undefined;
    });
    s.pending = pending;
    return pending.checked;
  }

  async function check(document: TextDocument): Promise<Checked> {
    const s = state(document.uri);
    const settings = await settingsFor(document.uri);
    // TextDocuments updates a document in place: take its version and text together, before the lint is awaited.
    const { version } = document;
    let outcome: Outcome<ReplyMessage[]> = { done: [] };
    if (settings.enable && settings.languages.includes(document.languageId)) {
      try {
        outcome = await linter.lint(document.uri, document.getText(), lintOptions(settings, document.uri, document.languageId));
      } catch (error) {
        connection.console.error(`replylint: could not lint ${document.uri}: ${(error as Error).message}`);
      }
    }
    // A newer edit may have arrived meanwhile (and replaced this lint in the queue): keep only results for the current version.
    const current = documents.get(document.uri);
    if (outcome === undefined || (current && current.version !== version)) return current ? lintDocument(current) : { messages: [], tooLong: false };
    s.version = version;
    s.messages = 'done' in outcome ? outcome.done : [];
    s.tooLong = 'tooLong' in outcome;
    return { messages: s.messages, tooLong: s.tooLong };
  }

  /** The one diagnostic of a document whose lint was abandoned. */
  const tooLongDiagnostic = (): lsp.Diagnostic => ({
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: lsp.DiagnosticSeverity.Warning,
    source: 'replylint',
    message: `replylint did not check this document: checking it took longer than ${budget / 1000} s, so it was stopped. Shorter replies are checked as usual; the replylint command checks a file of any length.`,
  });

  /** The diagnostics to show now: focus mode holds back the sentence being typed until the writer pauses. */
  async function visibleDiagnostics(document: TextDocument): Promise<lsp.Diagnostic[]> {
    const { messages, tooLong } = await lintDocument(document);
    if (tooLong) return [tooLongDiagnostic()];
    const settings = await settingsFor(document.uri);
    const s = state(document.uri);
    const focus = settings.focusMode === 'on' || (settings.focusMode === 'auto' && document.languageId === 'plaintext');
    const { shown, held } = focus ? withholdTyping(messages, document.getText(), s.lastEdit, settings.focusDelay, now()) : { shown: messages, held: 0 };
    clearTimeout(s.focusTimer);
    if (held > 0 && s.lastEdit) {
      const wait = Math.min(maxDelay, Math.max(0, settings.focusDelay - (now() - s.lastEdit.at)) + 5);
      s.focusTimer = setTimeout(() => {
        if (pullDiagnostics) {
          if (pullRefresh) void connection.languages.diagnostics.refresh();
        } else void publish(document.uri);
      }, wait);
    }
    return shown.map((m) => toDiagnostic(m, document));
  }

  async function publish(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    const diagnostics = await visibleDiagnostics(document);
    const latest = documents.get(uri);
    if (!latest || latest.version !== document.version) return;
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  }

  /**
   * Lints after a pause; an edit that arrives first cancels the pending lint
   * and starts the wait again. With no pause, the lint runs on the next turn of
   * the event loop (setImmediate, which unlike a zero timer adds no
   * millisecond), so changes that arrive together are still linted once.
   */
  function schedule(document: TextDocument, delay?: number): void {
    const s = state(document.uri);
    s.cancel?.();
    void settingsFor(document.uri).then((settings) => {
      s.cancel?.();
      const run = (): void => {
        s.cancel = undefined;
        if (pullDiagnostics) {
          if (pullRefresh) void connection.languages.diagnostics.refresh();
          return;
        }
        void publish(document.uri);
      };
      const wait = delay ?? settings.debounce;
      if (wait <= 0) {
        const handle = setImmediate(run);
        s.cancel = () => clearImmediate(handle);
      } else {
        const handle = setTimeout(run, wait);
        s.cancel = () => clearTimeout(handle);
      }
    });
  }

  documents.onDidOpen((event) => {
    const s = state(event.document.uri);
    s.text = event.document.getText();
    schedule(event.document, 0);
  });

  documents.onDidChangeContent((event) => {
    const s = state(event.document.uri);
    const text = event.document.getText();
    if (s.text !== text) s.lastEdit = { offset: editOffset(s.text, text), at: now() };
    s.text = text;
    schedule(event.document);
  });

  documents.onDidClose((event) => {
    const s = states.get(event.document.uri);
    if (s) {
      s.cancel?.();
      clearTimeout(s.focusTimer);
    }
    states.delete(event.document.uri);
    settingsCache.delete(event.document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    return { kind: DocumentDiagnosticReportKind.Full, items: await visibleDiagnostics(document) };
  });

  /** The document with every safe fix applied, or undefined when that could not be worked out in time (or the document changed meanwhile). */
  async function fixedText(document: TextDocument, settings: Settings): Promise<string | undefined> {
    const { version } = document;
    try {
      const outcome = await linter.fixAll(document.getText(), lintOptions(settings, document.uri, document.languageId));
      return outcome && 'done' in outcome && document.version === version ? outcome.done : undefined;
    } catch (error) {
      connection.console.error(`replylint: could not fix ${document.uri}: ${(error as Error).message}`);
      return undefined;
    }
  }

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const only = params.context.only;
    const wants = (kind: string): boolean => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions: lsp.CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) {
      for (const diagnostic of params.context.diagnostics) actions.push(...quickFixes(document, diagnostic));
    }
    if (wants(fixAllKind)) {
      const settings = await settingsFor(document.uri);
      const fixed = settings.enable && settings.languages.includes(document.languageId) ? await fixedText(document, settings) : undefined;
      const action = fixed === undefined ? undefined : fixAllAction(document, fixed);
      if (action) actions.push(action);
    }
    return actions;
  });

  connection.onHover(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const offset = document.offsetAt(params.position);
    const messages = (await lintDocument(document)).messages.filter((m) => m.place.start.offset! <= offset && offset <= m.place.end.offset!);
    if (messages.length === 0) return null;
    const first = messages[0]!;
    return {
      contents: { kind: lsp.MarkupKind.Markdown, value: messages.map(hoverMarkdown).join('\n\n---\n\n') },
      range: { start: document.positionAt(first.place.start.offset!), end: document.positionAt(first.place.end.offset!) },
    };
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command === openDocsCommand) {
      const url = params.arguments?.[0];
      if (typeof url === 'string') await connection.window.showDocument({ uri: url, external: true });
      return null;
    }
    if (params.command === applyFixAllCommand) {
      const uri = params.arguments?.[0];
      const document = typeof uri === 'string' ? documents.get(uri) : undefined;
      if (!document) return { applied: 0 };
      const fixed = await fixedText(document, await settingsFor(document.uri));
      const edits = fixed === undefined ? [] : fixAllEdits(document, fixed);
      if (edits.length === 0) return { applied: 0 };
      const result = await connection.workspace.applyEdit({ label: 'replylint: fix all', edit: { changes: { [document.uri]: edits } } });
      return { applied: result.applied ? edits.length : 0 };
    }
    return null;
  });

  documents.listen(connection);
  connection.listen();
}
