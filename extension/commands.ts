// The extension's own commands, one factory each in one table (rust-analyzer's commands.ts shape).
// The quick-fix commands are not here: they are the server's (`Commands` in server/shared/protocol.ts) and the
// language client registers them.
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { WorkDoneProgress, type LanguageClient } from 'vscode-languageclient/node';
import { FindingsCountRequest, ScanWorkspaceRequest, type FindingsCounts, type ScanWorkspaceResult } from '../server/shared/protocol';
import { plural } from '../server/shared/dates';
import { dotenvHintSummary } from '../server/shared/dotenv-hint';
import type { Log } from './log';

export interface Ctx {
  client: LanguageClient;
  log: Log;
}

type Cmd = (...args: unknown[]) => unknown;

const table: Record<string, (ctx: Ctx) => Cmd> = {
  'keywarden.scanWorkspace': scanWorkspace,
  'keywarden.showOutput': showOutput,
};

export function registerCommands(ctx: Ctx, context: vscode.ExtensionContext): void {
  for (const [id, factory] of Object.entries(table)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, factory(ctx)));
  }
}

function showOutput({ log }: Ctx): Cmd {
  return () => log.show();
}

/** Scans every workspace folder in the server; files with findings appear in the Problems panel. */
function scanWorkspace({ client, log }: Ctx): Cmd {
  return () =>
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Keywarden: scanning the workspace', cancellable: true },
      async (progress, token) => {
        await client.start(); // resolves at once when running; waits while the server is starting
        const workDoneToken = randomUUID();
        let reported = 0;
        const progressListener = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
          if (value.kind === 'end') return;
          const increment = value.percentage !== undefined ? value.percentage - reported : undefined;
          if (value.percentage !== undefined) reported = value.percentage;
          progress.report({ message: value.message, increment });
        });
        try {
          // The server logs the scan's figures; the user gets a summary with a way to the Problems panel.
          const result = await client.sendRequest(ScanWorkspaceRequest.type, { workDoneToken }, token);
          // Counted as the status bar and the Findings view count: every file with findings, open ones included.
          if (!result.cancelled) void announce(result, await client.sendRequest(FindingsCountRequest.type));
        } catch (error) {
          if (token.isCancellationRequested) return log.info('Workspace scan cancelled.');
          log.error(`Workspace scan failed: ${error instanceof Error ? error.message : String(error)}`);
          void vscode.window.showErrorMessage('Keywarden: the workspace scan failed. See the Keywarden output for why.');
        } finally {
          progressListener.dispose();
        }
      },
    );
}

async function announce(r: ScanWorkspaceResult, { all }: FindingsCounts): Promise<void> {
  const n = all.error + all.warning + all.info;
  // Values in git-ignored .env files are hints, counted apart with the same words as everywhere else.
  const hints = all.hint > 0 ? ` ${dotenvHintSummary(all.hint)}.` : '';
  if (n === 0) {
    await vscode.window.showInformationMessage(`Keywarden: no hardcoded secrets in ${plural(r.filesScanned, 'file')} of the workspace.${hints}`);
    return;
  }
  const open = 'Open Problems';
  const choice = await vscode.window.showWarningMessage(`Keywarden: ${plural(n, 'hardcoded secret')} in ${plural(all.files, 'file')} of the workspace.${hints}`, open);
  if (choice === open) await vscode.commands.executeCommand('workbench.actions.view.problems');
}
