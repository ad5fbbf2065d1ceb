// Extension entry point. Activation only wires things up and starts the language server; every scan runs in
// the server process, so activating costs the editor next to nothing.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client';
import { registerCommands } from './commands';
import { Log } from './log';
import { moveMiddleware } from './move-middleware';
import { registerSidebar } from './sidebar';
import { createFindingsStatusBar } from './status-bar';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const log = new Log();
  context.subscriptions.push(log);
  client = createClient(context, log, moveMiddleware());
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
  void vscode.window
    .showInformationMessage(
      "Keywarden is in Restricted Mode: it finds secrets with its built-in rules only. This folder's custom rules, " +
        'moving secrets to the keychain or .env, and running git wait until you trust the folder.',
      manage,
    )
    .then((picked) => (picked === manage ? vscode.commands.executeCommand('workbench.trust.manage') : undefined));
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
