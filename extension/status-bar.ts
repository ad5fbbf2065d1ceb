// The status-bar count of hardcoded secrets in open files, from the server's FindingsChanged notification.
// Hint-level findings (a secret in a git-ignored .env, where it is meant to live) are not counted as problems.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { plural } from '../server/shared/dates';
import { dotenvHintSummary } from '../server/shared/dotenv-hint';
import { FindingsChangedNotification, FindingsCountRequest, type FindingsCounts } from '../server/shared/protocol';
import type { Log } from './log';

/** The item's id; in the workbench DOM the element id is `keywarden.keywarden.keywarden.findings` (extension id + item id). */
export const statusBarItemId = 'keywarden.findings';

export function createFindingsStatusBar(client: LanguageClient, log: Log): vscode.Disposable {
  const item = vscode.window.createStatusBarItem(statusBarItemId, vscode.StatusBarAlignment.Left, 50);
  item.name = 'Keywarden findings';
  item.command = 'workbench.actions.view.problems';
  const show = (counts: FindingsCounts) => render(item, counts);
  const subscription = client.onNotification(FindingsChangedNotification.type, show);
  // The first count, once the server is up (the notification only fires on changes).
  const onRunning = client.onDidChangeState(() => {
    if (!client.isRunning()) return;
    client.sendRequest<FindingsCounts>(FindingsCountRequest.method).then(show, (e: unknown) => log.debug(`findingsCount failed: ${String(e)}`));
  });
  return vscode.Disposable.from(item, subscription, onRunning);
}

function render(item: vscode.StatusBarItem, { open, all }: FindingsCounts): void {
  // The same count as the Findings view and the Problems panel: open files, plus the files a workspace scan found.
  const n = all.error + all.warning + all.info;
  const scanned = all.findings > open.findings;
  const scope = scanned ? 'in the workspace (open files and the last scan)' : 'in open files';
  item.text = `$(shield) ${n === 0 ? 'No secrets' : plural(n, 'secret')}`;
  const lines = [
    n === 0 ? `Keywarden: no hardcoded secrets ${scope}` : `Keywarden: ${plural(n, 'hardcoded secret')} ${scope}`,
    ...(all.hint > 0 ? [dotenvHintSummary(all.hint)] : []),
    'Click to open the Problems panel',
  ];
  item.tooltip = lines.join('\n');
  item.backgroundColor = all.error > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  item.show();
}
