import type { ChildProcess } from 'node:child_process';
import type { Diagnostic, InitializeResult, PublishDiagnosticsParams, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import type { ProtocolConnection } from 'vscode-languageserver-protocol/node.js';

export declare const serverBin: string;

export declare class TestClient {
  /** `streams`: talk to a server started in this process (its output is our input) instead of spawning the built one. */
  /** `watchesFiles: false` and `showsDocuments: false` leave those capabilities out, as Neovim 0.7 and eglot do. */
  constructor(options?: { settings?: Record<string, unknown>; pull?: boolean; rootUri?: string; server?: string; streams?: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream }; watchesFiles?: boolean; showsDocuments?: boolean; answersConfiguration?: boolean; initializationOptions?: unknown });
  /** The spawned server; undefined for a server in this process. */
  readonly process: ChildProcess | undefined;
  readonly connection: ProtocolConnection;
  readonly latest: Map<string, PublishDiagnosticsParams>;
  /** How many times diagnostics were published for each document. */
  readonly published: Map<string, number>;
  readonly shownDocuments: string[];
  /** The messages the server showed the writer (window/showMessage), in order. */
  readonly shownMessages: string[];
  /** The server's log messages (window/logMessage), in order. */
  readonly logs: string[];
  settings: Record<string, unknown>;
  initialize(): Promise<InitializeResult>;
  diagnostics(uri: string, predicate?: (d: Diagnostic[], params: PublishDiagnosticsParams) => boolean, timeout?: number): Promise<Diagnostic[]>;
  open(uri: string, text: string, languageId?: string, version?: number): Promise<void>;
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void>;
  save(uri: string): Promise<void>;
  close(uri: string): Promise<void>;
  changedFiles(changes: Array<{ uri: string; type: 1 | 2 | 3 }>): Promise<void>;
  /** The first log message from the server that matches, already sent or still to come. */
  waitForLog(pattern: RegExp): Promise<string>;
  shutdown(): Promise<void>;
}

export declare function applyTextEdits(text: string, edits: Array<{ range: Range; newText: string }>): string;
