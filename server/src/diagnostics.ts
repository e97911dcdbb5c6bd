import type { ReplyMessage } from '@replylint/rules';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import lsp from 'vscode-languageserver';

const { DiagnosticSeverity } = lsp;

/**
 * What a diagnostic carries for code actions: the core message's rewrites.
 * The note and the docs URL stay on the server (hovers read them there, and
 * codeDescription has the URL), so a large document's diagnostics stay small.
 */
export interface DiagnosticData {
  ruleId: string;
  actual: string;
  expected: string[];
  safe: boolean;
}

const severity = { error: DiagnosticSeverity.Error, warn: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** A core message as an LSP diagnostic. Offsets are UTF-16 on both sides, so positionAt maps them exactly. */
export function toDiagnostic(message: ReplyMessage, document: TextDocument): lsp.Diagnostic {
  const data: DiagnosticData = {
    ruleId: message.ruleId,
    actual: message.actual,
    expected: message.expected,
    safe: message.safe,
  };
  return {
    range: { start: document.positionAt(message.place.start.offset!), end: document.positionAt(message.place.end.offset!) },
    severity: severity[message.severity],
    code: message.ruleId,
    codeDescription: { href: message.url },
    source: 'replylint',
    message: message.reason,
    data,
  };
}

export function isDiagnosticData(value: unknown): value is DiagnosticData {
  const data = value as Partial<DiagnosticData> | undefined;
  return typeof data?.ruleId === 'string' && Array.isArray(data.expected) && typeof data.actual === 'string';
}
