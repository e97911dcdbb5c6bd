import * as vscode from 'vscode';
import { LanguageClient, TransportKind, ExecuteCommandRequest, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

function documentSelector(): LanguageClientOptions['documentSelector'] {
  const languages = vscode.workspace.getConfiguration('replylint').get<string[]>('languages', ['plaintext', 'markdown']);
  // Untitled documents too: agents often draft in a scratch tab.
  return languages.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
    { scheme: 'vscode-remote', language },
  ]);
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    synchronize: {
      configurationSection: 'replylint',
      // The team's config files: a change relints every open reply.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{.replylintrc.json,.replylintrc.yaml,.replylintrc.yml,replylint.config.json,package.json,.replylintignore}'),
    },
    diagnosticCollectionName: 'replylint',
  };
  return new LanguageClient('replylint', 'replylint', serverOptions, clientOptions);
}

function problemCount(uri: vscode.Uri): number {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'replylint').length;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = createClient(context);

  const status = vscode.window.createStatusBarItem('replylint.problems', vscode.StatusBarAlignment.Right, 100);
  status.name = 'replylint';
  status.command = 'workbench.actions.view.problems';
  const updateStatus = (): void => {
    const editor = vscode.window.activeTextEditor;
    const languages = vscode.workspace.getConfiguration('replylint').get<string[]>('languages', []);
    if (!editor || !languages.includes(editor.document.languageId)) {
      status.hide();
      return;
    }
    const count = problemCount(editor.document.uri);
    status.text = count === 0 ? '$(check) replylint' : `$(comment-discussion) replylint: ${count}`;
    status.tooltip = count === 0 ? 'replylint: no problems in this reply' : `replylint: ${count} problem${count === 1 ? '' : 's'} in this reply`;
    status.show();
  };

  context.subscriptions.push(
    status,
    vscode.languages.onDidChangeDiagnostics(updateStatus),
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
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
      const docs = vscode.Uri.joinPath(context.extensionUri, 'docs');
      const available = (await vscode.workspace.fs.readDirectory(docs)).map(([name]) => name.replace(/\.md$/u, '')).sort();
      const editor = vscode.window.activeTextEditor;
      const here = editor
        ? vscode.languages.getDiagnostics(editor.document.uri).find((d) => d.source === 'replylint' && d.range.contains(editor.selection.active))
        : undefined;
      // The rule under the cursor comes first in the list.
      const first = here ? String(here.code) : undefined;
      const items = [...(first ? [first] : []), ...available.filter((name) => name !== first)];
      const chosen = ruleId ?? (await vscode.window.showQuickPick(items, { placeHolder: 'Which rule?', title: 'replylint rules' }));
      if (!chosen) return;
      await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.joinPath(docs, `${chosen}.md`));
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      // The document selector is fixed when a client starts: a new list of languages needs a new client.
      if (event.affectsConfiguration('replylint.languages') && client) {
        await client.stop();
        client = createClient(context);
        await client.start();
      }
      updateStatus();
    }),
  );

  await client.start();
  updateStatus();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
