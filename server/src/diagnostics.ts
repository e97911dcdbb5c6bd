import type { ReplyMessage } from '@replylint/rules';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import lsp from 'vscode-languageserver';

const { DiagnosticSeverity } = lsp;

/**
 * What a diagnostic carries for code actions: the core message's rewrites,
 * and only when it has some. The rule id is the diagnostic's `code`, the
 * flagged text is in the document at its range, the docs URL is in
 * `codeDescription`, and the note stays on the server (hovers read it there):
 * a long document's hundreds of diagnostics cross the wire on every edit.
 */
export interface DiagnosticData {
  expected: string[];
}

const severity = { error: DiagnosticSeverity.Error, warn: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** A core message as an LSP diagnostic. Offsets are UTF-16 on both sides, so positionAt maps them exactly. */
export function toDiagnostic(message: ReplyMessage, document: TextDocument): lsp.Diagnostic {
  const diagnostic: lsp.Diagnostic = {
    range: { start: document.positionAt(message.place.start.offset!), end: document.positionAt(message.place.end.offset!) },
    severity: severity[message.severity],
    code: message.ruleId,
    codeDescription: { href: message.url },
    source: 'replylint',
    message: message.reason,
  };
  if (message.expected.length > 0) diagnostic.data = { expected: message.expected } satisfies DiagnosticData;
  return diagnostic;
}

export function isDiagnosticData(value: unknown): value is DiagnosticData {
  return Array.isArray((value as Partial<DiagnosticData> | undefined)?.expected);
}
