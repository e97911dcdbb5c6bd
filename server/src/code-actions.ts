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
  // A run of line breaks (a blank line between paragraphs) is one mark.
  const line = text.replace(/(?:\r?\n)+/gu, ' ⏎ ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
};

/** The title of a rewrite action, saying what it does to the text. */
export function rewriteTitle(actual: string, text: string): string {
  if (text === '') return `Delete "${short(actual)}"`;
  if (text.startsWith(actual)) return `Add "${short(text.slice(actual.length))}"`;
  return `Replace with "${short(text)}"`;
}

export const dismissCommand = 'replylint.dismiss';
export const ignorePhraseCommand = 'replylint.ignorePhrase';
export const addToGlossaryCommand = 'replylint.addToGlossary';
export const listDismissalsCommand = 'replylint.listDismissals';
export const undoDismissalsCommand = 'replylint.undoDismissals';

/** The rule id of a replylint diagnostic, or undefined for another tool's. */
export function replylintRule(diagnostic: lsp.Diagnostic): string | undefined {
  return diagnostic.source === 'replylint' && typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
}

/** The rewrites of one replylint diagnostic, the first preferred: they come first in the menu. */
export function rewriteActions(document: TextDocument, diagnostic: lsp.Diagnostic): lsp.CodeAction[] {
  if (replylintRule(diagnostic) === undefined) return [];
  const expected = isDiagnosticData(diagnostic.data) ? diagnostic.data.expected : [];
  const actual = document.getText(diagnostic.range);
  return expected.map((text, i) => ({
    title: rewriteTitle(actual, text),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: i === 0,
    edit: { changes: { [document.uri]: [lsp.TextEdit.replace(diagnostic.range, text)] } },
  }));
}

/** One entry after every report's own rewrites: apply every safe rewrite in the reply. */
export function fixAllQuickFix(document: TextDocument, diagnostics: lsp.Diagnostic[]): lsp.CodeAction {
  const title = 'Fix all safe rewrites in this reply';
  // With the diagnostics it answers: VS Code lists actions that fix none of them after all the others.
  return { title, kind: CodeActionKind.QuickFix, diagnostics, command: { title, command: applyFixAllCommand, arguments: [document.uri] } };
}

/** The line after Markdown front matter (`---` … `---` at the top), where a file-wide directive belongs; 0 without any. */
export function lineAfterFrontMatter(text: string): number {
  const lines = text.split(/\r?\n/u);
  if (lines[0]?.trimEnd() !== '---') return 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (line === '---' || line === '...') return i + 1;
  }
  return 0;
}

export interface OtherActionOptions {
  /** Which reply this is in the dismissal store (a workspace-relative path, or the URI). */
  fileKey: string;
  /**
   * Whether inline `replylint-disable` comments may be offered: in a template
   * repository's Markdown or HTML, where a comment is not shown to the
   * customer; never in a plain-text draft, whose every character is sent.
   */
  inlineComments: boolean;
  /** Whether this report is a jargon term, which the team's glossary can accept. */
  jargon: boolean;
  /** Whether this rule judges the reply as a whole (no phrase to ignore elsewhere). */
  wholeReply: boolean;
  /**
   * Whether the client opens the documentation when asked (`window/showDocument`): one that cannot would answer the
   * action with an error; the hover's link to the same page serves it.
   */
  docs: boolean;
}

/** After the rewrites: dismiss, ignore the phrase everywhere, glossary, inline comments (templates only), docs. */
export function otherActions(document: TextDocument, diagnostic: lsp.Diagnostic, options: OtherActionOptions): lsp.CodeAction[] {
  const ruleId = replylintRule(diagnostic);
  if (ruleId === undefined) return [];
  const actual = document.getText(diagnostic.range);
  const uri = document.uri;
  const command = (title: string, name: string, args: unknown[]): lsp.CodeAction => ({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: name, arguments: args } });
  const actions: lsp.CodeAction[] = [command(`Dismiss this ${ruleId} report`, dismissCommand, [uri, ruleId, actual])];
  if (!options.wholeReply) actions.push(command(`Ignore "${short(actual)}" everywhere (${ruleId})`, ignorePhraseCommand, [uri, ruleId, actual]));
  if (options.jargon) actions.push(command(`Add "${short(actual)}" to the team glossary`, addToGlossaryCommand, [uri, actual]));
  if (options.inlineComments) {
    const eol = eolOf(document);
    const line = diagnostic.range.start.line;
    const lineText = document.getText({ start: { line, character: 0 }, end: { line, character: 1000 } });
    const indent = /^[ \t]*/u.exec(lineText)?.[0] ?? '';
    actions.push({
      title: `Add a comment to ignore this ${ruleId} report (template)`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [uri]: [lsp.TextEdit.insert({ line, character: 0 }, `${indent}<!-- replylint-disable-next-line ${ruleId} -->${eol}`)] } },
    });
    const top = lineAfterFrontMatter(document.getText());
    actions.push({
      title: `Add a comment to disable ${ruleId} for this file (template)`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [uri]: [lsp.TextEdit.insert({ line: top, character: 0 }, `<!-- replylint-disable ${ruleId} -->${eol}`)] } },
    });
  }
  if (!options.docs) return actions;
  const docs = `Open the documentation for ${ruleId}`;
  actions.push({ title: docs, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: docs, command: openDocsCommand, arguments: [diagnostic.codeDescription?.href ?? ruleUrl(ruleId), ruleId] } });
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
