import * as vscode from 'vscode';
import { LanguageClient, TransportKind, ExecuteCommandRequest, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** The server's command that opens a rule's documentation (a code action runs it); the extension opens the copy bundled with it. */
const openDocsCommand = 'replylint.openRuleDocumentation';

interface Summary {
  score: number;
  parts: Array<{ label: string; present: boolean; expected: boolean }>;
}

function documentSelector(): LanguageClientOptions['documentSelector'] {
  const languages = vscode.workspace.getConfiguration('replylint').get<string[]>('languages', ['plaintext', 'markdown']);
  // Untitled documents too: agents often draft in a scratch tab.
  return languages.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
    { scheme: 'vscode-remote', language },
  ]);
}

/** A rule id from a diagnostic's code, which is an object when it carries its documentation link. */
function ruleOf(code: vscode.Diagnostic['code']): string | undefined {
  const value = typeof code === 'object' && code !== null ? code.value : code;
  return value === undefined ? undefined : String(value);
}

function createClient(context: vscode.ExtensionContext, showDocs: (ruleId: string) => Promise<void>): LanguageClient {
  const docs = vscode.Uri.joinPath(context.extensionUri, 'docs');
  const withBundledDocs = (diagnostic: vscode.Diagnostic): vscode.Diagnostic => {
    const rule = diagnostic.source === 'replylint' ? ruleOf(diagnostic.code) : undefined;
    if (rule && /^[a-z-]+$/u.test(rule)) diagnostic.code = { value: rule, target: vscode.Uri.joinPath(docs, `${rule}.md`) };
    return diagnostic;
  };
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    synchronize: {
      configurationSection: 'replylint',
      // The team's config files and its dismissed reports: a change relints every open reply.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{.replylintrc.json,.replylintrc.yaml,.replylintrc.yml,replylint.config.json,package.json,.replylintignore,dismissed.json}'),
    },
    diagnosticCollectionName: 'replylint',
    middleware: {
      // A diagnostic's rule link (in the Problems panel and the hover) opens the page bundled in the extension, offline.
      handleDiagnostics: (uri, diagnostics, next) => next(uri, diagnostics.map(withBundledDocs)),
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token);
        if (report && 'items' in report) report.items = report.items.map(withBundledDocs);
        return report;
      },
      // The documentation ships inside the extension: open it here, offline, rather than a web page.
      executeCommand: async (command, args, next) => {
        const ruleId = typeof args[1] === 'string' ? args[1] : undefined;
        if (command === openDocsCommand && ruleId) return showDocs(ruleId);
        return next(command, args);
      },
    },
  };
  return new LanguageClient('replylint', 'replylint', serverOptions, clientOptions);
}

function problemCount(uri: vscode.Uri): number {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'replylint').length;
}

/** The checklist as the status bar's tooltip: each part of a good reply, there or missing. */
function checklistTooltip(summary: Summary, problems: number): vscode.MarkdownString {
  const lines = [`**replylint** · score **${summary.score}**/100 · ${problems === 0 ? 'no problems' : `${problems} problem${problems === 1 ? '' : 's'}`}`, ''];
  for (const part of summary.parts) {
    const mark = !part.expected ? '$(dash)' : part.present ? '$(pass-filled)' : '$(circle-large-outline)';
    lines.push(`${mark} ${part.label}${part.expected ? (part.present ? '' : ' — missing') : ' — not needed here'}  `);
  }
  const tooltip = new vscode.MarkdownString(lines.join('\n'), true);
  tooltip.isTrusted = false;
  return tooltip;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const docs = vscode.Uri.joinPath(context.extensionUri, 'docs');
  const showDocs = async (ruleId: string): Promise<void> => {
    await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.joinPath(docs, `${ruleId}.md`));
  };
  client = createClient(context, showDocs);

  const status = vscode.window.createStatusBarItem('replylint.score', vscode.StatusBarAlignment.Right, 100);
  status.name = 'replylint score and checklist';
  status.command = 'workbench.actions.view.problems';
  let asked = 0;
  const updateStatus = async (): Promise<void> => {
    const editor = vscode.window.activeTextEditor;
    const languages = vscode.workspace.getConfiguration('replylint').get<string[]>('languages', []);
    if (!editor || !client || !languages.includes(editor.document.languageId)) {
      status.hide();
      return;
    }
    const ask = ++asked;
    const uri = editor.document.uri;
    let summary: Summary | null = null;
    try {
      summary = await client.sendRequest<Summary | null>('replylint/summary', { uri: uri.toString() });
    } catch {
      summary = null;
    }
    // Only the newest answer counts, and only for the reply still in front of the writer.
    if (ask !== asked || vscode.window.activeTextEditor?.document.uri.toString() !== uri.toString()) return;
    if (!summary) {
      // Not a reply (a README, an ignored file) or a language the checklist cannot read: nothing to show.
      status.hide();
      return;
    }
    const count = problemCount(uri);
    const missing = summary.parts.filter((p) => p.expected && !p.present).length;
    status.text = `$(checklist) replylint ${summary.score}/100${missing > 0 ? ` · ${missing} missing` : ''}${count > 0 ? ` · ${count} problem${count === 1 ? '' : 's'}` : ''}`;
    status.tooltip = checklistTooltip(summary, count);
    status.show();
  };
  let pending: NodeJS.Timeout | undefined;
  const updateSoon = (): void => {
    clearTimeout(pending);
    pending = setTimeout(() => void updateStatus(), 250);
  };

  context.subscriptions.push(
    status,
    { dispose: () => clearTimeout(pending) },
    vscode.languages.onDidChangeDiagnostics(updateSoon),
    vscode.window.onDidChangeActiveTextEditor(updateSoon),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === vscode.window.activeTextEditor?.document) updateSoon();
    }),
    vscode.commands.registerCommand('replylint.fixAllInReply', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) return;
      const result = (await client.sendRequest(ExecuteCommandRequest.type, {
        command: 'replylint.applyFixAll',
        arguments: [editor.document.uri.toString()],
      })) as { applied: number } | null;
      if (!result?.applied) void vscode.window.showInformationMessage('replylint: nothing to fix automatically in this reply.');
    }),
    vscode.commands.registerCommand('replylint.showRuleDocumentation', async (ruleId?: string) => {
      const available = (await vscode.workspace.fs.readDirectory(docs)).map(([name]) => name.replace(/\.md$/u, '')).sort();
      const editor = vscode.window.activeTextEditor;
      const here = editor
        ? vscode.languages.getDiagnostics(editor.document.uri).find((d) => d.source === 'replylint' && d.range.contains(editor.selection.active))
        : undefined;
      // The rule under the cursor comes first in the list.
      const first = here ? ruleOf(here.code) : undefined;
      const items = [...(first && available.includes(first) ? [first] : []), ...available.filter((name) => name !== first)];
      const chosen = typeof ruleId === 'string' ? ruleId : await vscode.window.showQuickPick(items, { placeHolder: 'Which rule?', title: 'replylint rules' });
      if (!chosen) return;
      await showDocs(chosen);
    }),
    vscode.commands.registerCommand('replylint.manageDismissals', async () => {
      if (!client) return;
      const list = (await client.sendRequest(ExecuteCommandRequest.type, { command: 'replylint.listDismissals', arguments: [] })) as {
        file: string | null;
        dismissed: Array<{ index: number; label: string }>;
      } | null;
      if (!list || list.dismissed.length === 0) {
        void vscode.window.showInformationMessage('replylint: no dismissed reports.');
        return;
      }
      const picked = await vscode.window.showQuickPick(
        list.dismissed.map((d) => ({ label: d.label, index: d.index })),
        { canPickMany: true, title: 'replylint: dismissed reports', placeHolder: `Pick the ones to show again${list.file ? ` (kept in ${vscode.workspace.asRelativePath(list.file)})` : ''}` },
      );
      if (!picked || picked.length === 0) return;
      await client.sendRequest(ExecuteCommandRequest.type, { command: 'replylint.undoDismissals', arguments: [picked.map((p) => p.index)] });
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      // The document selector is fixed when a client starts: a new list of languages needs a new client.
      if (event.affectsConfiguration('replylint.languages') && client) {
        await client.stop();
        client = createClient(context, showDocs);
        await client.start();
      }
      updateSoon();
    }),
  );

  await client.start();
  void updateStatus();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
