// The Keywarden activity-bar container: the Keys and Findings views, their commands, and the overdue status.
// One entry point for extension/main.ts: registerSidebar(context, client, log).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Logger } from '../../server/shared/logger';
import { adoptCommand, KeysChangedNotification, RotateKeyNotification } from '../../server/shared/protocol';
import type { GroupBy } from '../../server/shared/keys-view-types';
import type { Cmd, SidebarContext } from './context';
import { adoptKey, moveToDotenv, moveToKeychain, scanHistory } from './findings-commands';
import { FindingsTree } from './findings-tree';
import * as keyCommands from './key-commands';
import { KeysTree } from './keys-tree';
import { OverdueStatus } from './overdue-status';
import { addKey, importDotenv } from './welcome-commands';

/** Command id → factory. The ids are the ones package.json contributes. */
const commands: Record<string, (ctx: SidebarContext) => Cmd> = {
  'keywarden.keys.rotate': keyCommands.rotateKey,
  'keywarden.keys.finishRotation': keyCommands.finishRotation,
  'keywarden.keys.revoke': keyCommands.revokeKey,
  'keywarden.keys.suspend': keyCommands.suspendKey,
  'keywarden.keys.resume': keyCommands.resumeKey,
  'keywarden.keys.copyValue': keyCommands.copyValue,
  'keywarden.keys.findReferences': keyCommands.findReferences,
  'keywarden.keys.editMetadata': keyCommands.editMetadata,
  'keywarden.keys.openAuditLog': keyCommands.openAuditLog,
  'keywarden.keys.groupByEnvironment': keyCommands.toggleGrouping,
  'keywarden.keys.groupByState': keyCommands.toggleGrouping,
  'keywarden.keys.refresh': (ctx) => () => ctx.keys.refresh(),
  'keywarden.keys.add': addKey,
  'keywarden.keys.importDotenv': importDotenv,
  'keywarden.findings.refresh': (ctx) => () => ctx.findings.scan(),
  'keywarden.scanHistory': scanHistory,
  'keywarden.findings.moveToKeychain': moveToKeychain,
  'keywarden.findings.moveToDotenv': moveToDotenv,
  [adoptCommand]: adoptKey,
};

export function registerSidebar(context: vscode.ExtensionContext, client: LanguageClient, log: Logger): void {
  const groupBy = context.workspaceState.get<GroupBy>('keywarden.keys.groupBy') ?? 'state';
  void vscode.commands.executeCommand('setContext', 'keywarden.keys.groupBy', groupBy);
  const keys = new KeysTree(client, log, groupBy);
  const findings = new FindingsTree(client, log);
  const status = new OverdueStatus(context.globalState);
  const ctx: SidebarContext = { extension: context, client, log, keys, findings };
  context.subscriptions.push(
    keys,
    findings,
    status,
    keys.onDidLoad((results) => status.update(results)),
    // "Rotate…" on the server's message about an exposed key: the Keys view's own rotation dialog.
    client.onNotification(RotateKeyNotification.type, (key) => {
      void keys.refresh().then(() => vscode.commands.executeCommand('keywarden.keys.rotate', key));
    }),
    // One handler per notification method (the client keeps only the last one registered): both views here.
    client.onNotification(KeysChangedNotification.type, () => {
      void keys.refresh();
      findings.refreshSoon();
    }),
    vscode.window.createTreeView('keywarden.keys', { treeDataProvider: keys, showCollapseAll: true }),
    vscode.window.createTreeView('keywarden.findings', { treeDataProvider: findings, showCollapseAll: true }),
    ...Object.entries(commands).map(([id, factory]) => vscode.commands.registerCommand(id, factory(ctx))),
  );
  // The status bar counts overdue keys even while the view is closed; the hourly reload moves the due words
  // on in a window left open for days (the tree is rebuilt only when they change).
  void keys.refresh();
  const hourly = setInterval(() => void keys.refresh(), 3_600_000);
  context.subscriptions.push({ dispose: () => clearInterval(hourly) });
}
