// Extension entry point. Activation only wires things up and starts the language server; every scan runs in
// the server process, so activating costs the editor next to nothing.
import * as vscode from 'vscode';
import { MessageType, type LanguageClient } from 'vscode-languageclient/node';
import { withDetails } from '../server/shared/toast';
import { createClient } from './client';
import { registerCommands } from './commands';
import { Log } from './log';
import { moveMiddleware } from './move-middleware';
import { registerSidebar } from './sidebar';
import { createFindingsStatusBar } from './status-bar';
import { oneLineToasts, toast } from './toasts';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const log = new Log();
  context.subscriptions.push(log);
  client = createClient(context, log, moveMiddleware(() => client));
  context.subscriptions.push(oneLineToasts(client, log));
  registerCommands({ client, log }, context);
  context.subscriptions.push(createFindingsStatusBar(client, log));
  registerSidebar(context, client, log);
  client.start().catch((error: unknown) => {
    log.error(`Could not start the Keywarden language server: ${error instanceof Error ? error.message : String(error)}`);
  });
  watchTrust(context, log);
}

/** Restricted Mode: say what waits for trust, and restart the server with everything once it is granted. */
function watchTrust(context: vscode.ExtensionContext, log: Log): void {
  if (vscode.workspace.isTrusted) return;
  const manage = 'Manage Workspace Trust';
  const message = withDetails('Keywarden: Restricted Mode, built-in rules only until you trust this folder.',
    "This folder's custom rules, moving secrets to the keychain or .env, and running git wait until you trust the folder.");
  log.info(message);
  void toast(log, MessageType.Info, message, [{ title: manage }])
    .then((picked) => (picked?.title === manage ? vscode.commands.executeCommand('workbench.trust.manage') : undefined));
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      log.info('Workspace trusted: restarting the Keywarden language server with custom rules and moves.');
      void client?.restart();
    }),
  );
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
