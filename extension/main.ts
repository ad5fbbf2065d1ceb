// Extension entry point. Activation only wires things up and starts the language server; every scan runs in
// the server process, so activating costs the editor next to nothing.
import type * as vscode from 'vscode';
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
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
