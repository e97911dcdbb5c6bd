import { minimalEdit, ruleUrl } from '@replylint/rules';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import lsp from 'vscode-languageserver';
import { isDiagnosticData } from './diagnostics.js';

const { CodeActionKind } = lsp;

export const fixAllKind = `${CodeActionKind.SourceFixAll}.replylint`;
export const openDocsCommand = 'replylint.openRuleDocumentation';
export const applyFixAllCommand = 'replylint.applyFixAll';

function eolOf(document: TextDocument): string {
  return document.getText().includes('\r\n') ? '\r\n' : '\n';
}

const short = (text: string): string => {
  const line = text.replace(/\r?\n/gu, ' ⏎ ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
};

/** The title of a rewrite action, saying what it does to the text. */
export function rewriteTitle(actual: string, text: string): string {
  if (text === '') return `Delete "${short(actual)}"`;
  if (text.startsWith(actual)) return `Add "${short(text.slice(actual.length))}"`;
  return `Replace with "${short(text)}"`;
}

/** Quick fixes for one replylint diagnostic: each rewrite (the first preferred), ignore here, disable for the file, docs. */
export function quickFixes(document: TextDocument, diagnostic: lsp.Diagnostic): lsp.CodeAction[] {
  if (diagnostic.source !== 'replylint' || typeof diagnostic.code !== 'string') return [];
  const ruleId = diagnostic.code;
  const expected = isDiagnosticData(diagnostic.data) ? diagnostic.data.expected : [];
  const actual = document.getText(diagnostic.range);
  const uri = document.uri;
  const actions: lsp.CodeAction[] = expected.map((text, i) => ({
    title: rewriteTitle(actual, text),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: i === 0,
    edit: { changes: { [uri]: [lsp.TextEdit.replace(diagnostic.range, text)] } },
  }));
  const eol = eolOf(document);
  const line = diagnostic.range.start.line;
  const lineText = document.getText({ start: { line, character: 0 }, end: { line, character: 1000 } });
  const indent = /^[ \t]*/u.exec(lineText)?.[0] ?? '';
  actions.push({
    title: `Ignore this ${ruleId} report here`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [uri]: [lsp.TextEdit.insert({ line, character: 0 }, `${indent}<!-- replylint-disable-next-line ${ruleId} -->${eol}`)] } },
  });
  actions.push({
    title: `Disable ${ruleId} for this file`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [uri]: [lsp.TextEdit.insert({ line: 0, character: 0 }, `<!-- replylint-disable ${ruleId} -->${eol}`)] } },
  });
  actions.push({
    title: `Open the documentation for ${ruleId}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title: `Open the documentation for ${ruleId}`, command: openDocsCommand, arguments: [diagnostic.codeDescription?.href ?? ruleUrl(ruleId)] },
  });
  return actions;
}

/** The edit that turns the document into `fixed` (its text with every safe fix applied, in rounds, as `--fix` does), or none. */
export function fixAllEdits(document: TextDocument, fixed: string): lsp.TextEdit[] {
  const edit = minimalEdit(document.getText(), fixed);
  if (!edit) return [];
  return [lsp.TextEdit.replace({ start: document.positionAt(edit.start), end: document.positionAt(edit.end) }, edit.text)];
}

export function fixAllAction(document: TextDocument, fixed: string): lsp.CodeAction | undefined {
  const edits = fixAllEdits(document, fixed);
  if (edits.length === 0) return undefined;
  return {
    title: 'Fix all safe replylint problems in this file',
    kind: fixAllKind,
    edit: { changes: { [document.uri]: edits } },
  };
}
