// The Findings view: the hardcoded secrets Keywarden reports (its diagnostics, so exactly what the Problems
// panel shows), grouped by file, plus the keys in `.env` files that the inventory doesn't track yet.
import { posix } from 'node:path';
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { WorkDoneProgress, type LanguageClient } from 'vscode-languageclient/node';
import type { Logger } from '../../server/shared/logger';
import {
  Commands,
  diagnosticSource,
  ScanHistoryRequest,
  ScanWorkspaceRequest,
  UntrackedKeysRequest,
  type HistorySecret,
  type ScanHistoryResult,
  type UntrackedKey,
} from '../../server/shared/protocol';
import { plural } from '../../server/shared/dates';
import { DOTENV_HINT } from '../../server/shared/dotenv-hint';

export type FindingsNode = FileNode | FindingNode | UntrackedGroupNode | UntrackedNode | HistoryGroupNode | HistoryNode;

export class FileNode extends vscode.TreeItem {
  constructor(readonly uri: vscode.Uri, readonly diagnostics: vscode.Diagnostic[]) {
    super(uri, vscode.TreeItemCollapsibleState.Expanded);
    this.id = `file:${uri.toString()}`;
    const dir = posix.dirname(vscode.workspace.asRelativePath(uri, false));
    this.description = `${dir === '.' ? '' : `${dir} · `}${plural(diagnostics.length, 'secret')}`;
    this.contextValue = 'findingsFile';
  }
}

export class FindingNode extends vscode.TreeItem {
  constructor(readonly uri: vscode.Uri, readonly diagnostic: vscode.Diagnostic) {
    // The message reads "Hardcoded Stripe live secret key sk_l…4f2a — move it to …": the label is its first half.
    super(diagnostic.message.split(' — ', 1).join(''), vscode.TreeItemCollapsibleState.None);
    const { start } = diagnostic.range;
    this.id = `finding:${uri.toString()}:${start.line}:${start.character}`;
    // A value in a git-ignored .env is where a move put it: a hint, shown as one, with the same words.
    const hint = diagnostic.severity === vscode.DiagnosticSeverity.Hint;
    this.description = `Ln ${start.line + 1}, Col ${start.character + 1}${hint ? ` · ${DOTENV_HINT}` : ''}`;
    this.tooltip = diagnostic.message;
    this.iconPath = hint ? new vscode.ThemeIcon('lightbulb') : new vscode.ThemeIcon(
      diagnostic.severity === vscode.DiagnosticSeverity.Error ? 'error' : 'warning',
      new vscode.ThemeColor(diagnostic.severity === vscode.DiagnosticSeverity.Error ? 'errorForeground' : 'list.warningForeground'),
    );
    this.contextValue = 'finding';
    this.command = { command: 'vscode.open', title: 'Open at the secret', arguments: [uri, { selection: diagnostic.range }] };
  }
}

export class UntrackedGroupNode extends vscode.TreeItem {
  constructor(readonly keys: Array<{ folder: vscode.WorkspaceFolder; key: UntrackedKey }>) {
    super('Untracked in .env', vscode.TreeItemCollapsibleState.Expanded);
    this.id = 'untracked';
    this.description = `${keys.length} not in the inventory`;
    this.iconPath = new vscode.ThemeIcon('question');
    this.contextValue = 'untrackedGroup';
  }
}

export class UntrackedNode extends vscode.TreeItem {
  constructor(readonly folder: vscode.WorkspaceFolder, readonly key: UntrackedKey) {
    super(key.name, vscode.TreeItemCollapsibleState.None);
    const uri = vscode.Uri.parse(key.uri);
    this.id = `untracked:${key.uri}:${key.name}`;
    this.description = `${vscode.workspace.asRelativePath(uri)}:${key.line + 1} · untracked`;
    this.tooltip = `${key.name} is in ${vscode.workspace.asRelativePath(uri)} but not in .keywarden/keys.json: adopt it to track its owner and rotation.`;
    this.iconPath = new vscode.ThemeIcon('key');
    this.contextValue = 'untracked';
    const at = new vscode.Position(key.line, 0);
    this.command = { command: 'vscode.open', title: 'Open the .env line', arguments: [uri, { selection: new vscode.Range(at, at) }] };
  }
}

/** "In git history": what the last Scan Git History found, each secret once at its first commit. */
export class HistoryGroupNode extends vscode.TreeItem {
  constructor(readonly secrets: HistorySecret[], commits: number) {
    super('In git history', vscode.TreeItemCollapsibleState.Expanded);
    this.id = 'history';
    this.description = `${plural(secrets.length, 'secret')} in ${plural(commits, 'commit')}`;
    this.tooltip = 'Secrets some commit added. Anyone with a copy of the repository has them: rotate each one, even if the file no longer holds it.';
    this.iconPath = new vscode.ThemeIcon('history');
    this.contextValue = 'historyGroup';
  }
}

export class HistoryNode extends vscode.TreeItem {
  constructor(readonly secret: HistorySecret) {
    super(`${secret.description} ${secret.redacted}`, vscode.TreeItemCollapsibleState.None);
    const short = secret.commit.slice(0, 7);
    this.id = `history:${secret.folder}:${secret.commit}:${secret.file}:${secret.line}:${secret.ruleId}`;
    this.description = `${secret.file}:${secret.line} · ${short} · ${secret.date.slice(0, 10)}${secret.commits > 1 ? ` · ${plural(secret.commits, 'commit')}` : ''}`;
    this.tooltip = `Added in ${short} by ${secret.author} on ${secret.date.slice(0, 10)}, in ${secret.file} line ${secret.line}; ${plural(secret.commits, 'commit')} added it. Rotate it at the provider.`;
    this.iconPath = new vscode.ThemeIcon('git-commit', new vscode.ThemeColor('list.warningForeground'));
    this.contextValue = 'historyFinding';
  }
}

export class FindingsTree implements vscode.TreeDataProvider<FindingsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private debounce: NodeJS.Timeout | undefined;
  private scanned = false;
  private history: ScanHistoryResult | undefined;

  constructor(private readonly client: LanguageClient, private readonly log: Logger) {
    this.disposables.push(
      vscode.languages.onDidChangeDiagnostics(() => this.refreshSoon()),
      { dispose: () => clearTimeout(this.debounce) },
    );
  }

  refresh(): void {
    this.changed.fire();
  }

  /** Scans every workspace folder (the server publishes diagnostics for files with findings). */
  async scan(): Promise<void> {
    this.scanned = true;
    await vscode.window.withProgress(
      { location: { viewId: 'keywarden.findings' }, title: 'Scanning for hardcoded secrets' },
      () => this.client.sendRequest(ScanWorkspaceRequest.type, {}),
    );
    this.refresh();
  }

  /** Scans the git history of every workspace folder, with cancellable progress; the result is a group of its own. */
  async scanHistory(): Promise<ScanHistoryResult | undefined> {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Keywarden: scanning the git history', cancellable: true },
      async (progress, token) => {
        const workDoneToken = randomUUID();
        const listener = this.client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
          if (value.kind !== 'end' && value.message) progress.report({ message: value.message });
        });
        try {
          return await this.client.sendRequest(ScanHistoryRequest.type, { workDoneToken }, token);
        } catch (e) {
          if (token.isCancellationRequested) return undefined;
          throw e;
        } finally {
          listener.dispose();
        }
      },
    );
    if (!result) return undefined;
    this.history = result;
    this.refresh();
    return result;
  }

  getTreeItem(node: FindingsNode): vscode.TreeItem {
    return node;
  }

  async getChildren(node?: FindingsNode): Promise<FindingsNode[]> {
    if (node instanceof FileNode) return node.diagnostics.map((d) => new FindingNode(node.uri, d));
    if (node instanceof UntrackedGroupNode) return node.keys.map(({ folder, key }) => new UntrackedNode(folder, key));
    if (node instanceof HistoryGroupNode) return node.secrets.map((s) => new HistoryNode(s));
    if (node) return [];
    // The view's first showing scans the workspace, so it lists more than the open files.
    if (!this.scanned) void this.scan().catch((e) => this.log.error(`Findings view: scan failed: ${(e as Error).message}`));
    const files = vscode.languages
      .getDiagnostics()
      .map(([uri, ds]) => [uri, ds.filter((d) => d.source === diagnosticSource)] as const)
      .filter(([, ds]) => ds.length > 0)
      .sort(([a], [b]) => a.path.localeCompare(b.path))
      .map(([uri, ds]) => new FileNode(uri, [...ds].sort((a, b) => a.range.start.compareTo(b.range.start))));
    const untracked = await this.untracked();
    const history = this.history?.findings.length ? [new HistoryGroupNode(this.history.findings, this.history.commits)] : [];
    return [...files, ...(untracked.length ? [new UntrackedGroupNode(untracked)] : []), ...history];
  }

  private async untracked() {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const answers = await Promise.all(
      folders.map(async (folder) => {
        try {
          const keys = await this.client.sendRequest(UntrackedKeysRequest.type, { folder: folder.uri.toString() });
          return keys.map((key) => ({ folder, key }));
        } catch (e) {
          this.log.error(`Findings view: untracked keys of ${folder.name}: ${(e as Error).message}`);
          return [];
        }
      }),
    );
    return answers.flat();
  }

  /** Refreshes after a burst of changes settles (diagnostics arrive file by file during a scan). */
  refreshSoon(): void {
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => this.refresh(), 300);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** Runs the finding's own quick fix (the server's code action), as the editor's light bulb would. */
export async function applyQuickFix(node: unknown, command: typeof Commands.moveToKeychain | typeof Commands.moveToDotenv) {
  if (!(node instanceof FindingNode)) return;
  await vscode.window.showTextDocument(node.uri, { selection: node.diagnostic.range, preview: false });
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    node.uri,
    node.diagnostic.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  const fix = actions?.find((a) => a.command?.command === command);
  if (!fix?.command) {
    void vscode.window.showWarningMessage('That quick fix is not offered for this secret any more: the file may have changed.');
    return;
  }
  if (fix.edit) await vscode.workspace.applyEdit(fix.edit);
  await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
}
