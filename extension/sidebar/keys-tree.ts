// The Keys view: a tree over the server's `keywarden/keys` answer (server/keys-view computes groups, words,
// icons and context values; this file only turns them into TreeItems). index.ts refreshes it on `keywarden/keysChanged`.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Logger } from '../../server/shared/logger';
import { KeysRequest, type KeysResult } from '../../server/shared/protocol';
import { keyMarkdown } from '../../server/shared/key-markdown';
import type { GroupBy, KeyGroup, KeyItem } from '../../server/shared/keys-view-types';

export type KeysNode = FolderNode | GroupNode | KeyNode | ErrorNode;

export class FolderNode extends vscode.TreeItem {
  constructor(readonly folder: vscode.WorkspaceFolder, readonly result: KeysResult) {
    super(folder.name, vscode.TreeItemCollapsibleState.Expanded);
    this.id = `folder:${folder.uri.toString()}`;
    this.iconPath = vscode.ThemeIcon.Folder;
    this.resourceUri = folder.uri;
    this.contextValue = 'keysFolder';
  }
}

export class GroupNode extends vscode.TreeItem {
  constructor(readonly folder: vscode.WorkspaceFolder, readonly group: KeyGroup) {
    super(group.label, vscode.TreeItemCollapsibleState.Expanded);
    this.id = `group:${folder.uri.toString()}:${group.id}`;
    this.description = String(group.items.length);
    this.iconPath = new vscode.ThemeIcon(group.icon, stateColor(group.items[0]?.state));
    this.contextValue = 'keysGroup';
  }
}

export class KeyNode extends vscode.TreeItem {
  constructor(readonly folder: vscode.WorkspaceFolder, readonly item: KeyItem) {
    super(item.name, vscode.TreeItemCollapsibleState.None);
    this.id = `key:${folder.uri.toString()}:${item.name}`;
    this.description = item.description;
    this.iconPath = new vscode.ThemeIcon(item.icon, stateColor(item.state));
    this.tooltip = new vscode.MarkdownString(keyMarkdown(item));
    this.contextValue = item.contextValue;
    this.accessibilityInformation = { label: `${item.name}, ${item.description}` };
  }
}

/** A malformed inventory: one item that opens the file at the fault. */
export class ErrorNode extends vscode.TreeItem {
  constructor(readonly folder: vscode.WorkspaceFolder, error: NonNullable<KeysResult['error']>) {
    super('Inventory cannot be read', vscode.TreeItemCollapsibleState.None);
    this.id = `error:${folder.uri.toString()}`;
    this.description = error.message;
    this.tooltip = error.hint ? `${error.message}\n\n${error.hint}` : error.message;
    this.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
    this.contextValue = 'keysError';
    this.accessibilityInformation = { label: `Inventory cannot be read: ${error.message}` };
    const at = new vscode.Position(error.line, 0);
    this.command = {
      command: 'vscode.open',
      title: 'Open the inventory at the fault',
      arguments: [vscode.Uri.file(error.file), { selection: new vscode.Range(at, at) }],
    };
  }
}

function stateColor(state: KeyItem['state'] | undefined): vscode.ThemeColor | undefined {
  switch (state) {
    case 'expired':
    case 'overdue':
      return new vscode.ThemeColor('list.errorForeground');
    case 'due-soon':
    case 'rotating':
      return new vscode.ThemeColor('list.warningForeground');
    case 'revoked':
    case 'suspended':
      return new vscode.ThemeColor('disabledForeground');
    default:
      return undefined;
  }
}

export class KeysTree implements vscode.TreeDataProvider<KeysNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly loaded = new vscode.EventEmitter<Map<string, KeysResult>>();
  /** Fires with every folder's answer after each load: the status bar and notification listen. */
  readonly onDidLoad = this.loaded.event;
  private results = new Map<string, KeysResult>();
  private loading: Promise<void> | undefined;
  private readonly disposables: vscode.Disposable[] = [this.changed, this.loaded];

  constructor(
    private readonly client: LanguageClient,
    private readonly log: Logger,
    private groupBy: GroupBy,
  ) {
    this.disposables.push(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.refresh()));
  }

  get grouping(): GroupBy {
    return this.groupBy;
  }

  setGrouping(groupBy: GroupBy): void {
    this.groupBy = groupBy;
    void this.refresh();
  }

  /** Asks the server again for every folder; the view and the status bar update when the answers arrive. */
  refresh(): Promise<void> {
    this.loading = this.loadAll();
    return this.loading;
  }

  /** Every folder's keys from the last load, for pickers. */
  keys(): KeyNode[] {
    return [...this.folders()].flatMap((folder) => {
      const result = this.results.get(folder.uri.toString());
      return result ? result.groups.flatMap((g) => g.items.map((i) => new KeyNode(folder, i))) : [];
    });
  }

  result(folder: vscode.WorkspaceFolder): KeysResult | undefined {
    return this.results.get(folder.uri.toString());
  }

  getTreeItem(node: KeysNode): vscode.TreeItem {
    return node;
  }

  async getChildren(node?: KeysNode): Promise<KeysNode[]> {
    if (!node) return this.roots();
    if (node instanceof FolderNode) return folderChildren(node.folder, node.result);
    if (node instanceof GroupNode) return node.group.items.map((i) => new KeyNode(node.folder, i));
    return [];
  }

  private async roots(): Promise<KeysNode[]> {
    await (this.loading ?? this.refresh());
    const shown = [...this.folders()].flatMap((f) => {
      const result = this.result(f);
      return result?.hasInventory ? [[f, result] as const] : [];
    });
    // One folder: its groups at the top; several: a node per folder that has an inventory.
    const [only] = shown;
    if (only && shown.length === 1) return folderChildren(...only);
    return shown.map(([f, r]) => new FolderNode(f, r));
  }

  private async loadAll(): Promise<void> {
    const folders = [...this.folders()];
    const answers = await Promise.all(folders.map((f) => this.load(f)));
    const results = new Map(folders.flatMap((f, i) => (answers[i] ? [[f.uri.toString(), answers[i]] as const] : [])));
    // An action refreshes at once and the file watcher again just after: rebuild the tree only on a real change,
    // so rows (and an open context menu's target) are not replaced under the user for nothing.
    const same = JSON.stringify([...results]) === JSON.stringify([...this.results]) && this.results.size > 0;
    this.results = results;
    await vscode.commands.executeCommand('setContext', 'keywarden.hasInventory', answers.some((a) => a?.hasInventory));
    this.loaded.fire(this.results);
    if (!same) this.changed.fire();
  }

  private *folders(): Iterable<vscode.WorkspaceFolder> {
    yield* vscode.workspace.workspaceFolders ?? [];
  }

  private async load(folder: vscode.WorkspaceFolder): Promise<KeysResult | undefined> {
    try {
      return await this.client.sendRequest(KeysRequest.type, { folder: folder.uri.toString(), groupBy: this.groupBy });
    } catch (e) {
      this.log.error(`Keys view: could not load the inventory of ${folder.name}: ${(e as Error).message}`);
      return undefined;
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function folderChildren(folder: vscode.WorkspaceFolder, result: KeysResult): KeysNode[] {
  if (result.error) return [new ErrorNode(folder, result.error)];
  return result.groups.map((g) => new GroupNode(folder, g));
}
