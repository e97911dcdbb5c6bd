/**
 * The replylint language server: a thin adapter from LSP to the core.
 * Documents are linted on open and after each edit (debounced, newest edit
 * wins) in a worker thread with a time budget, so no document can freeze the
 * server; diagnostics are pushed, or pulled by clients that ask; code actions
 * carry the core's rewrites; hovers explain.
 */
import { draftState, fixAll, holdForDraft, review, safeEdits, scoreReply, wholeReplyRules, type LintOptions, type ReplyMessage } from '@replylint/rules';
import { TextDocument } from 'vscode-languageserver-textdocument';
import lsp from 'vscode-languageserver';
import {
  addToGlossaryCommand,
  applyFixAllCommand,
  dismissCommand,
  fixAllAction,
  fixAllEdits,
  fixAllKind,
  fixAllQuickFix,
  ignorePhraseCommand,
  listDismissalsCommand,
  openDocsCommand,
  otherActions,
  replylintRule,
  rewriteActions,
  undoDismissalsCommand,
} from './code-actions.js';
import { describeDismissal, DismissalFileError, Dismissals, dismissalsFile } from './dismissals.js';
import { isReplyPath } from './files.js';
import { addToGlossary, isJargonReport } from './glossary.js';
import { summaryOf, type LintSummary, type ReplySummary } from './lint-worker.js';
import { toDiagnostic } from './diagnostics.js';
import { editOffset, withholdTyping, type Edit } from './focus.js';
import { hoverMarkdown } from './hover.js';
import { Linter, type Outcome } from './linter.js';
import { defaultSettings, markdownLanguages, maxDelay, normalizeSettings, type Settings } from './settings.js';
import { ConfigFileError, ConfigResolver, configFileNames, fileOptions, toLintOptions } from '@replylint/cli/config';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { basename, isAbsolute, join, relative, sep } from 'node:path';

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
  /** The score and checklist of that lint, when the reply's language is one the checklist reads. */
  summary?: LintSummary;
  /** Whether the text is as last saved (opened from disk, or saved since the last edit): a saved draft is taken as finished. */
  saved: boolean;
  draftTimer?: NodeJS.Timeout;
  /** Counts publish calls: only the newest one in flight sends (edits that queue up while a lint runs publish once). */
  publishSeq?: number;
  /** The lint under way, for the version it is of: asking again for that version waits on it. */
  pending?: { version: number; checked: Promise<Checked> };
}

/** A document's lint: its messages, or none and `tooLong` when it ran past the budget. */
interface Checked {
  messages: ReplyMessage[];
  tooLong: boolean;
  summary?: LintSummary;
}

/** The custom request the VS Code extension asks for the score and checklist of a reply (null when it is not linted). */
export const summaryRequest = 'replylint/summary';

/** Where the lints run: a worker thread with a budget, or (with no worker script) this thread. */
interface Linting {
  lint(key: string, text: string, options: LintOptions): Promise<Outcome<ReplyMessage[]>>;
  fixAll(text: string, options: LintOptions): Promise<Outcome<string>>;
  dispose(): void;
}

const inThisThread: Linting = {
  lint: async (_key, text, options) => {
    const result = review(text, options);
    const summary = summaryOf(result);
    return { done: result.messages, ...(summary ? { summary } : {}) };
  },
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

/**
 * The client's replylint diagnostics at the ranges the server published for them: each is matched to a message of the
 * document's lint by its rule, its text and its lines, the nearest in its line where several match (the same phrase
 * twice). One the lint no longer holds is kept as the client sent it.
 */
export function publishedRanges(document: TextDocument, diagnostics: readonly lsp.Diagnostic[], messages: readonly ReplyMessage[]): lsp.Diagnostic[] {
  return diagnostics.map((diagnostic) => {
    let best: lsp.Range | undefined;
    let distance = Infinity;
    for (const message of messages) {
      if (message.ruleId !== diagnostic.code || message.reason !== diagnostic.message) continue;
      const start = document.positionAt(message.place.start.offset!);
      const end = document.positionAt(message.place.end.offset!);
      if (start.line !== diagnostic.range.start.line || end.line !== diagnostic.range.end.line) continue;
      const off = Math.abs(start.character - diagnostic.range.start.character);
      if (off < distance) {
        best = { start, end };
        distance = off;
      }
    }
    return best === undefined ? diagnostic : { ...diagnostic, range: best };
  });
}

export function startServer(connection: lsp.Connection, options: ServerOptions = {}): void {
  const now = options.now ?? Date.now;
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, DocumentState>();
  const settingsCache = new Map<string, Promise<Settings>>();
  const reportedProblems = new Set<string>();
  let hasConfiguration = false;
  let configurationRegistration = false;
  let workspaceRoot = process.cwd();
  const configWarning = (message: string): void => connection.console.warn(`replylint: ${message}`);
  let resolver = new ConfigResolver(workspaceRoot, configWarning);
  /** Dismissed reports: in the workspace's .replylint/dismissed.json, or in memory without a workspace folder. */
  let dismissals = new Dismissals(undefined);
  /**
   * A message for the writer. A notification, not a request: with no choice to offer, a request only makes a client
   * such as Neovim 0.7 stop on a prompt until it is answered.
   */
  const tell = (type: lsp.MessageType, message: string): void => void connection.sendNotification(lsp.ShowMessageNotification.type, { type, message });
  /** A bad setting told once, whichever way the settings came (asked for, or given at start). */
  const warnOnce = (problems: readonly string[]): void => {
    for (const problem of problems) {
      if (reportedProblems.has(problem)) continue;
      reportedProblems.add(problem);
      tell(lsp.MessageType.Warning, `replylint: ${problem}; using the default for it.`);
    }
  };
  /** Config files whose errors are shown as diagnostics, so they can be cleared once fixed. */
  const brokenConfigs = new Set<string>();
  /** The config errors already told the writer in a message, once each until fixed. */
  const toldConfigErrors = new Set<string>();
  /** Whether the client opens a web page the server asks it to (LSP 3.16 window/showDocument). */
  let showsDocuments = false;
  let watchRegistration = false;
  let pullDiagnostics = false;
  let pullRefresh = false;
  const budget = options.lintBudget ?? defaultLintBudget;
  let linter: Linting = inThisThread;

  connection.onInitialize((params) => {
    const caps = params.capabilities;
    hasConfiguration = caps.workspace?.configuration === true;
    configurationRegistration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    watchRegistration = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    showsDocuments = caps.window?.showDocument?.support === true;
    // A client that neither answers workspace/configuration nor sends its settings (Neovim 0.7) can give them at start:
    // `init_options = { replylint = { … } }`.
    const given = (params.initializationOptions as { replylint?: unknown } | null | undefined)?.replylint;
    if (given !== undefined && !hasConfiguration) {
      const { settings, problems } = normalizeSettings(given);
      globalSettings = settings;
      warnOnce(problems);
    }
    const root = pathOf(params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? '');
    if (root !== undefined) {
      workspaceRoot = root;
      resolver = new ConfigResolver(workspaceRoot, configWarning);
      dismissals = new Dismissals(join(root, dismissalsFile));
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
        // Saves are wanted: a saved draft is taken as finished (draft-aware timing).
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, fixAllKind, CodeActionKind.SourceFixAll] },
        hoverProvider: true,
        executeCommandProvider: {
          commands: [openDocsCommand, applyFixAllCommand, dismissCommand, ignorePhraseCommand, addToGlossaryCommand, listDismissalsCommand, undoDismissalsCommand],
        },
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
    // Only with clients that can take it: eglot warns of a registration it does not support.
    if (hasConfiguration && configurationRegistration) {
      void connection.client.register(lsp.DidChangeConfigurationNotification.type, { section: 'replylint' });
    }
    if (watchRegistration) {
      // Team config files and .replylintignore: a change relints every open reply.
      void connection.client.register(lsp.DidChangeWatchedFilesNotification.type, {
        watchers: [...configFileNames, '.replylintignore', dismissalsFile.split(sep).join('/')].map((name) => ({ globPattern: `**/${name}` })),
      });
    }
  });

  /** The team's config files and the dismissals read again (they may have changed on disk), without linting anew. */
  function rereadWorkspaceFiles(): void {
    resolver.clear();
    dismissals.reload();
  }

  connection.onDidChangeWatchedFiles(() => {
    rereadWorkspaceFiles();
    relintAll();
  });

  /** Every open reply linted afresh (its config, its dismissals or the glossary changed). */
  function relintAll(): void {
    for (const document of documents.all()) {
      const s = state(document.uri);
      s.version = undefined;
      s.pending = undefined;
      schedule(document, 0);
    }
    if (pullDiagnostics && pullRefresh) void connection.languages.diagnostics.refresh();
  }

  function settingsFor(uri: string): Promise<Settings> {
    if (!hasConfiguration) return Promise.resolve(globalSettings);
    let cached = settingsCache.get(uri);
    if (!cached) {
      cached = connection.workspace.getConfiguration([{ scopeUri: uri, section: 'replylint' }, { scopeUri: uri, section: 'files.autoSave' }]).then(
        ([raw, autoSave]: unknown[]) => {
          const { settings, problems } = normalizeSettings(raw);
          settings.autoSave = typeof autoSave === 'string' && autoSave !== 'off';
          warnOnce(problems);
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
    // Every open reply afresh: its text is unchanged, so its cached lint would otherwise stand until the next keystroke.
    relintAll();
  });

  function state(uri: string): DocumentState {
    let s = states.get(uri);
    if (!s) {
      s = { text: '', messages: [], tooLong: false, saved: false };
      states.set(uri, s);
    }
    return s;
  }

  const formatOfLanguage = (languageId: string): LintOptions['format'] => (markdownLanguages.has(languageId) ? 'markdown' : languageId === 'html' ? 'html' : undefined);

  /** A reply's key in the dismissal store: its path in the workspace, or its URI (an untitled draft, a file elsewhere). */
  function fileKey(uri: string): string {
    const path = pathOf(uri);
    if (path === undefined) return uri;
    const rel = relative(workspaceRoot, path);
    return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? uri : rel.split(sep).join('/');
  }

  /**
   * Whether a document is a reply to lint: its language is one of
   * `replylint.languages`, and, for a file, `replylint.files` names it and the
   * team's config (`ignorePatterns`, `.replylintignore`) does not leave it out.
   * Untitled drafts always are.
   */
  function isReply(document: TextDocument, settings: Settings): boolean {
    if (!settings.enable || !settings.languages.includes(document.languageId)) return false;
    const path = pathOf(document.uri);
    // An untitled draft, or a file this system cannot open by path (on another host): a reply.
    if (path === undefined) return true;
    const rel = relative(workspaceRoot, path);
    const inside = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
    if (!isReplyPath(inside ? rel.split(sep).join('/') : basename(path), settings.files)) return false;
    try {
      return !resolver.forFile(path).ignored;
    } catch (error) {
      if (error instanceof ConfigFileError) return true;
      throw error;
    }
  }

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
      toldConfigErrors.clear();
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
      // The diagnostic is on a file the writer may never open (and a client that lints only replies may drop it): the
      // writer is told once, in a message, that the team's config is not applied.
      if (!toldConfigErrors.has(error.message)) {
        toldConfigErrors.add(error.message);
        tell(lsp.MessageType.Error, `replylint: ${error.message} Until it is fixed, replies are checked with the editor's settings, not the team's config.`);
      }
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
    if (s.version === document.version) return Promise.resolve({ messages: s.messages, tooLong: s.tooLong, ...(s.summary ? { summary: s.summary } : {}) });
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
    if (isReply(document, settings)) {
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
    s.summary = 'done' in outcome ? outcome.summary : undefined;
    return { messages: s.messages, tooLong: s.tooLong, ...(s.summary ? { summary: s.summary } : {}) };
  }

  /** The one diagnostic of a document whose lint was abandoned. */
  const tooLongDiagnostic = (): lsp.Diagnostic => ({
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: lsp.DiagnosticSeverity.Warning,
    source: 'replylint',
    message: `replylint did not check this document: checking it took longer than ${budget / 1000} s, so it was stopped. Shorter replies are checked as usual; the replylint command checks a file of any length.`,
  });

  /** The messages the writer has not dismissed. */
  function undismissed(messages: readonly ReplyMessage[], uri: string): ReplyMessage[] {
    const key = fileKey(uri);
    return messages.filter((m) => !dismissals.covers(m.ruleId, m.actual, key));
  }

  /** Shows the diagnostics again when a timer ends (a pause in focus mode, an idle draft). */
  function refreshLater(document: TextDocument, wait: number): NodeJS.Timeout {
    return setTimeout(() => {
      if (pullDiagnostics) {
        if (pullRefresh) void connection.languages.diagnostics.refresh();
      } else void publish(document.uri);
    }, Math.min(maxDelay, Math.max(0, wait) + 5));
  }

  /**
   * The diagnostics to show now. Whole-reply reports wait while the draft is
   * unfinished (no sign-off, not saved, the writer not idle long enough: see
   * draftState in the core); focus mode holds back the sentence being typed
   * until the writer pauses; dismissed reports are not shown.
   */
  async function visibleDiagnostics(document: TextDocument): Promise<lsp.Diagnostic[]> {
    const { messages, tooLong } = await lintDocument(document);
    if (tooLong) return [tooLongDiagnostic()];
    const settings = await settingsFor(document.uri);
    const s = state(document.uri);
    const text = document.getText();
    const current = now();
    const idleMs = s.lastEdit ? current - s.lastEdit.at : undefined;
    // With auto-save, a save is only a pause: the draft is finished by its sign-off or by idling.
    const draft = draftState(text, { saved: s.saved && !(settings.autoSave && s.lastEdit), ...(idleMs !== undefined ? { idleMs } : {}), idleAfterMs: settings.draftIdle, ...(s.lastEdit ? { editOffset: s.lastEdit.offset } : {}) });
    const drafted = holdForDraft(undismissed(messages, document.uri), draft);
    clearTimeout(s.draftTimer);
    if (drafted.held > 0 && s.lastEdit) s.draftTimer = refreshLater(document, settings.draftIdle - (idleMs ?? 0));
    // Saving is a pause: a saved reply shows everything.
    const focus = !s.saved && (settings.focusMode === 'on' || (settings.focusMode === 'auto' && document.languageId !== 'html'));
    const { shown, held } = focus ? withholdTyping(drafted.shown, text, s.lastEdit, settings.focusDelay, current) : { shown: drafted.shown, held: 0 };
    clearTimeout(s.focusTimer);
    if (held > 0 && s.lastEdit) s.focusTimer = refreshLater(document, settings.focusDelay - (current - s.lastEdit.at));
    return shown.map((m) => toDiagnostic(m, document));
  }

  async function publish(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    const s = state(uri);
    const seq = (s.publishSeq = (s.publishSeq ?? 0) + 1);
    const diagnostics = await visibleDiagnostics(document);
    const latest = documents.get(uri);
    if (!latest || latest.version !== document.version || s.publishSeq !== seq) return;
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
    // A client that cannot watch files for the server (Neovim 0.7 has no file watching to offer): a reply opened reads
    // the team's config again, as a save does below, so a config changed meanwhile applies without a restart.
    if (!watchRegistration) rereadWorkspaceFiles();
    const s = state(event.document.uri);
    s.text = event.document.getText();
    // A file opened from disk is as saved; an untitled draft is being written, from now.
    s.saved = event.document.uri.startsWith('file:');
    if (!s.saved) s.lastEdit = { offset: s.text.length, at: now() };
    schedule(event.document, 0);
  });

  documents.onDidSave((event) => {
    const s = state(event.document.uri);
    const wasSaved = s.saved;
    s.saved = true;
    if (!watchRegistration) {
      rereadWorkspaceFiles();
      relintAll();
      return;
    }
    if (wasSaved) return;
    schedule(event.document, 0);
  });

  documents.onDidChangeContent((event) => {
    const s = state(event.document.uri);
    const text = event.document.getText();
    if (s.text !== text) {
      s.lastEdit = { offset: editOffset(s.text, text), at: now() };
      s.saved = false;
    }
    s.text = text;
    schedule(event.document);
  });

  documents.onDidClose((event) => {
    const s = states.get(event.document.uri);
    if (s) {
      s.cancel?.();
      clearTimeout(s.focusTimer);
      clearTimeout(s.draftTimer);
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
    const theirs = params.context.diagnostics.filter((d) => replylintRule(d) !== undefined);
    if (wants(CodeActionKind.QuickFix) && theirs.length > 0) {
      // Each diagnostic at the range the server published for it: a client may send it back with other columns (Neovim
      // 0.7 turns them into bytes and back, so an emoji or Arabic before the report shifts it), and the edits, titles and
      // dismissed text are made from it.
      const current = undismissed((await lintDocument(document)).messages, document.uri);
      const ours = publishedRanges(document, theirs, current);
      // Each report's rewrites first, then one fix-all, then the rest (dismiss, glossary, docs) per report.
      const settings = await settingsFor(document.uri);
      // A phrase's rewrites before a whole-reply report's: on "We apologize for any inconvenience." the first entry is
      // the apology's own rewrite, not the thanks prepended to a sentence that keeps the apology.
      const phrasesFirst = [...ours].sort((a, b) => Number(wholeReplyRules.has(replylintRule(a)!)) - Number(wholeReplyRules.has(replylintRule(b)!)));
      for (const diagnostic of phrasesFirst) actions.push(...rewriteActions(document, diagnostic));
      // Offered only where it would change something: a report whose rewrite changes meaning is no safe fix.
      if (safeEdits(current).length > 0) actions.push(fixAllQuickFix(document, ours));
      const format = lintOptions(settings, document.uri, document.languageId).format;
      const key = fileKey(document.uri);
      for (const diagnostic of ours) {
        const ruleId = replylintRule(diagnostic)!;
        actions.push(
          ...otherActions(document, diagnostic, {
            fileKey: key,
            inlineComments: format === 'markdown' || format === 'html',
            jargon: isJargonReport(ruleId, diagnostic.message),
            wholeReply: wholeReplyRules.has(ruleId),
            docs: showsDocuments,
          }),
        );
      }
    }
    if (wants(fixAllKind)) {
      const settings = await settingsFor(document.uri);
      const fixed = isReply(document, settings) ? await fixedText(document, settings) : undefined;
      const action = fixed === undefined ? undefined : fixAllAction(document, fixed);
      if (action) actions.push(action);
    }
    return actions;
  });

  connection.onHover(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const offset = document.offsetAt(params.position);
    const messages = undismissed((await lintDocument(document)).messages, document.uri).filter((m) => m.place.start.offset! <= offset && offset <= m.place.end.offset!);
    if (messages.length === 0) return null;
    const first = messages[0]!;
    return {
      contents: { kind: lsp.MarkupKind.Markdown, value: messages.map(hoverMarkdown).join('\n\n---\n\n') },
      range: { start: document.positionAt(first.place.start.offset!), end: document.positionAt(first.place.end.offset!) },
    };
  });

  connection.onRequest(summaryRequest, async (params: { uri?: unknown }) => {
    const document = typeof params?.uri === 'string' ? documents.get(params.uri) : undefined;
    if (!document || !isReply(document, await settingsFor(document.uri))) return null;
    const { messages, summary } = await lintDocument(document);
    if (!summary) return null;
    // A report the writer dismissed is one they judged wrong here: it is not shown, and it costs the score nothing, as
    // a report silenced by a comment or a rule turned off costs nothing in the CLI's score.
    const shown = undismissed(messages, document.uri);
    const score = shown.length === messages.length ? summary.score : scoreReply(summary.checklist, shown).score;
    return { score, parts: summary.parts } satisfies ReplySummary;
  });

  connection.onExecuteCommand(async (params) => {
    const args = params.arguments ?? [];
    const text = (i: number): string | undefined => (typeof args[i] === 'string' ? (args[i] as string) : undefined);
    if (params.command === dismissCommand || params.command === ignorePhraseCommand) {
      const uri = text(0);
      const rule = text(1);
      const actual = text(2);
      if (uri === undefined || rule === undefined || actual === undefined) return { dismissed: false };
      try {
        dismissals.add({ rule, text: actual, ...(params.command === dismissCommand ? { file: fileKey(uri) } : {}) });
      } catch (error) {
        if (!(error instanceof DismissalFileError)) throw error;
        tell(lsp.MessageType.Error, `replylint: ${error.message}`);
        return { dismissed: false };
      }
      relintAll();
      return { dismissed: true };
    }
    if (params.command === listDismissalsCommand) {
      const problem = dismissals.problem;
      if (problem) tell(lsp.MessageType.Error, `replylint: ${problem}`);
      return { file: dismissals.path ?? null, dismissed: dismissals.list().map((d, index) => ({ index, label: describeDismissal(d), ...d })) };
    }
    if (params.command === undoDismissalsCommand) {
      const indexes = Array.isArray(args[0]) ? (args[0] as unknown[]).filter((i): i is number => typeof i === 'number') : [];
      let undone = 0;
      try {
        undone = dismissals.remove(indexes);
      } catch (error) {
        if (!(error instanceof DismissalFileError)) throw error;
        tell(lsp.MessageType.Error, `replylint: ${error.message}`);
      }
      if (undone > 0) relintAll();
      return { undone };
    }
    if (params.command === addToGlossaryCommand) {
      const uri = text(0);
      const term = text(1)?.trim();
      if (uri === undefined || !term) return { file: null };
      const path = pathOf(uri);
      let configPath: string | undefined;
      try {
        configPath = path === undefined ? resolver.nearest(workspaceRoot)?.path : resolver.forFile(path).configPath;
        const written = addToGlossary(configPath, workspaceRoot, term);
        resolver.clear();
        relintAll();
        return { file: written ?? configPath ?? null };
      } catch (error) {
        tell(lsp.MessageType.Error, `replylint: could not add "${term}" to the glossary: ${(error as Error).message}`);
        return { file: null };
      }
    }
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
