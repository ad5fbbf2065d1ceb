// The Keys view's welcome actions when a folder has no inventory: Add key and Import .env run the
// `keywarden` CLI bundled with the extension in a terminal, so the value is typed at its hidden prompt
// and never passes through argv, the extension or the log.
import * as vscode from 'vscode';
import type { Cmd, SidebarContext } from './context';
import { pickEnvironment } from '../pick-environment';
import { pickFolder } from './key-commands';

export function addKey(ctx: SidebarContext): Cmd {
  return async () => {
    const folder = await pickFolder();
    if (!folder) return;
    const name = await vscode.window.showInputBox({
      title: 'Add a key (1/4)',
      prompt: 'The environment variable name',
      placeHolder: 'STRIPE_SECRET_KEY',
      validateInput: (v) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(v) ? undefined : 'Letters, digits and _; not starting with a digit'),
    });
    if (!name) return;
    const provider = await vscode.window.showInputBox({ title: 'Add a key (2/4)', prompt: 'Provider', placeHolder: 'stripe' });
    if (provider === undefined) return;
    const env = await pickEnvironment('Add a key (3/4)', 'Environment');
    if (!env) return;
    const owner = await vscode.window.showInputBox({ title: 'Add a key (4/4)', prompt: 'Owner (a person or team)' });
    if (owner === undefined) return;
    const args = ['keys', 'add', name, '--env', env];
    if (provider.trim()) args.push('--provider', provider.trim());
    if (owner.trim()) args.push('--owner', owner.trim());
    runCli(ctx, folder, `Keywarden: add ${name}`, args);
  };
}

export function importDotenv(ctx: SidebarContext): Cmd {
  return async () => {
    const folder = await pickFolder();
    if (!folder) return;
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/.env*'), '**/node_modules/**', 50);
    const picks = files.filter((f) => !/\.(example|sample|template)$/.test(f.path));
    const file =
      picks.length === 1
        ? picks[0]
        : (await vscode.window.showQuickPick(
            picks.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri })),
            { title: 'Import which .env file into the OS keychain?' },
          ))?.uri;
    if (!file) {
      if (picks.length === 0) void vscode.window.showInformationMessage(`No .env file in ${folder.name}.`);
      return;
    }
    runCli(ctx, folder, 'Keywarden: import .env', ['import', vscode.workspace.asRelativePath(file, false)]);
  };
}

/** The bundled CLI under the extension host's own Node (Electron's binary runs as Node with this variable). */
function runCli(ctx: SidebarContext, folder: vscode.WorkspaceFolder, name: string, args: string[]): void {
  const cli = vscode.Uri.joinPath(ctx.extension.extensionUri, 'dist', 'cli.js').fsPath;
  const terminal = vscode.window.createTerminal({
    name,
    cwd: folder.uri,
    shellPath: process.execPath,
    shellArgs: [cli, ...args],
    env: { ELECTRON_RUN_AS_NODE: '1' },
  });
  terminal.show();
  ctx.log.info(`${name}: keywarden ${args.join(' ')}`);
}
