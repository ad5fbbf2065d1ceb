// The Keys view's commands, one factory per command (registered in index.ts). Each works from the view's
// context menu (the node is the first argument) or from the command palette (it asks which key).
// Every lifecycle step goes through the server's vault, which audits it; values never reach the log.
import * as vscode from 'vscode';
import { KeyActionRequest, KeyReferencesRequest, type KeyAction, type KeyMetadataUpdate } from '../../server/shared/protocol';
import type { Cmd, SidebarContext } from './context';
import { plural } from '../../server/shared/dates';
import { DEFAULT_OVERLAP_DAYS } from '../../server/shared/keys-view-types';
import { KeyNode } from './keys-tree';

const clipboardClearMs = 30_000;

export function rotateKey(ctx: SidebarContext): Cmd {
  return async (node?: unknown) => {
    const key = await pickKey(ctx, node, 'Rotate which key?', (n) => !['rotating', 'revoked'].includes(n.item.state));
    if (!key) return;
    const newValue = await vscode.window.showInputBox({
      title: `Rotate ${key.item.name}`,
      prompt: `Paste the new value of ${key.item.name}. The current one is kept as the previous value during the overlap.`,
      password: true,
      ignoreFocusOut: true,
      validateInput: (v) => (v.trim() ? undefined : 'The new value cannot be empty'),
    });
    if (!newValue) return;
    const overlap = await vscode.window.showInputBox({
      title: `Rotate ${key.item.name}`,
      prompt: 'Days the old value stays valid before it is revoked (overlap)',
      value: String(DEFAULT_OVERLAP_DAYS),
      ignoreFocusOut: true,
      validateInput: (v) => (/^\d{1,3}$/.test(v.trim()) ? undefined : 'A whole number of days, 0 to 999'),
    });
    if (overlap === undefined) return;
    await act(ctx, key, { action: 'rotate', newValue, overlapDays: Number(overlap.trim()) });
  };
}

/** A lifecycle step that needs nothing but the key: finish a rotation, suspend, resume. */
function stepCommand(step: 'finish' | 'suspend' | 'resume', question: string, applies: (n: KeyNode) => boolean) {
  return (ctx: SidebarContext): Cmd => async (node?: unknown) => {
    const key = await pickKey(ctx, node, question, applies);
    if (key) await act(ctx, key, { action: step });
  };
}

export const finishRotation = stepCommand('finish', 'Finish the rotation of which key?', (n) => n.item.state === 'rotating');
export const suspendKey = stepCommand('suspend', 'Suspend which key?', (n) => !['suspended', 'revoked'].includes(n.item.state));
export const resumeKey = stepCommand('resume', 'Resume which key?', (n) => n.item.state === 'suspended');

export function revokeKey(ctx: SidebarContext): Cmd {
  return async (node?: unknown) => {
    const key = await pickKey(ctx, node, 'Revoke which key?', (n) => n.item.state !== 'revoked');
    if (!key) return;
    const reason = await vscode.window.showInputBox({
      title: `Revoke ${key.item.name}`,
      prompt: 'Why is it revoked? (recorded in the audit log)',
      placeHolder: 'e.g. leaked in a CI log; replaced by the new partner account',
      ignoreFocusOut: true,
      validateInput: (v) => (v.trim() ? undefined : 'A reason is required'),
    });
    if (!reason) return;
    const detail = 'Its value is removed from its store, so code that reads it gets nothing. The key stays in the inventory as revoked, for the history.';
    if (await confirmed(`Revoke ${key.item.name}?`, detail, 'Revoke')) await act(ctx, key, { action: 'revoke', reason: reason.trim() });
  };
}

/** Copies the value after a modal confirm; the server audits the reveal; the clipboard is cleared after 30 s. */
export function copyValue(ctx: SidebarContext): Cmd {
  return async (node?: unknown) => {
    const key = await pickKey(ctx, node, 'Copy the value of which key?', (n) => n.item.state !== 'revoked');
    if (!key) return;
    const detail = 'This is recorded in the audit log. The clipboard is cleared after 30 seconds if it still holds the value.';
    if (!(await confirmed(`Copy the value of ${key.item.name} to the clipboard?`, detail, 'Copy value'))) return;
    const result = await act(ctx, key, { action: 'reveal' }, { quiet: true });
    if (!result?.value) return;
    const value = result.value;
    await vscode.env.clipboard.writeText(value);
    vscode.window.setStatusBarMessage(`$(clippy) ${key.item.name} copied; the clipboard is cleared in 30 s`, clipboardClearMs);
    const clearIfUnchanged = async () => {
      if ((await vscode.env.clipboard.readText()) === value) await vscode.env.clipboard.writeText('');
    };
    const timer = setTimeout(() => void clearIfUnchanged(), clipboardClearMs);
    ctx.extension.subscriptions.push({ dispose: () => clearTimeout(timer) });
  };
}

/** The env lookups of the key's name in the workspace, in a picker that opens each one. */
export function findReferences(ctx: SidebarContext): Cmd {
  return async (node?: unknown) => {
    const key = await pickKey(ctx, node, 'Find the references of which key?');
    if (!key) return;
    const locations = await ctx.client.sendRequest(KeyReferencesRequest.type, {
      folder: key.folder.uri.toString(),
      name: key.item.name,
    });
    if (locations.length === 0) {
      void vscode.window.showInformationMessage(`No environment lookup of ${key.item.name} in ${key.folder.name}.`);
      return;
    }
    const picks = await Promise.all(
      locations.map(async (loc) => {
        const uri = vscode.Uri.parse(loc.uri);
        const doc = await vscode.workspace.openTextDocument(uri);
        const start = new vscode.Position(loc.range.start.line, loc.range.start.character);
        const end = new vscode.Position(loc.range.end.line, loc.range.end.character);
        return {
          label: doc.lineAt(start.line).text.trim(),
          description: `${vscode.workspace.asRelativePath(uri)}:${start.line + 1}`,
          uri,
          range: new vscode.Range(start, end),
        };
      }),
    );
    const chosen = await vscode.window.showQuickPick(picks, {
      title: `${key.item.name}: ${plural(locations.length, 'reference')}`,
      matchOnDescription: true,
    });
    if (chosen) await vscode.window.showTextDocument(chosen.uri, { selection: chosen.range });
  };
}

const metadataFields = [
  { field: 'owner', label: 'Owner', tooltip: 'Owner' },
  { field: 'purpose', label: 'Purpose', tooltip: 'Purpose' },
  { field: 'scope', label: 'Scope (comma-separated)', tooltip: 'Scope' },
  { field: 'environment', label: 'Environment', tooltip: 'Environment' },
  { field: 'rotationDays', label: 'Rotation period (days)', tooltip: 'Rotation' },
] as const;

export function editMetadata(ctx: SidebarContext): Cmd {
  return async (node?: unknown) => {
    const key = await pickKey(ctx, node, 'Edit the metadata of which key?');
    if (!key) return;
    const current = (label: string) => {
      const value = key.item.tooltip.find((f) => f.label === label)?.value;
      return value === undefined || value === '—' ? '' : value;
    };
    const pick = await vscode.window.showQuickPick(
      metadataFields.map((f) => ({ ...f, description: current(f.tooltip) })),
      { title: `Edit ${key.item.name}`, placeHolder: 'Which field?' },
    );
    if (!pick) return;
    const input = await vscode.window.showInputBox({
      title: `${key.item.name}: ${pick.label}`,
      value: pick.field === 'rotationDays' ? current(pick.tooltip).replace(/\D+/g, '') : current(pick.tooltip),
      ignoreFocusOut: true,
      validateInput: (v) =>
        pick.field === 'rotationDays' && !/^[1-9]\d{0,4}$/.test(v.trim()) ? 'A whole number of days, 1 or more' : undefined,
    });
    if (input === undefined) return;
    const metadata: KeyMetadataUpdate =
      pick.field === 'scope'
        ? { scope: input.split(',').map((s) => s.trim()).filter(Boolean) }
        : pick.field === 'rotationDays'
          ? { rotationDays: Number(input.trim()) }
          : { [pick.field]: input.trim() };
    await act(ctx, key, { action: 'updateMetadata', metadata });
  };
}

export function openAuditLog(ctx: SidebarContext): Cmd {
  return async (node?: unknown) => {
    const folder = node instanceof KeyNode ? node.folder : await pickFolder();
    const result = folder && ctx.keys.result(folder);
    if (!folder || !result) return;
    try {
      await vscode.window.showTextDocument(vscode.Uri.parse(result.auditLogUri), { preview: true });
    } catch {
      void vscode.window.showInformationMessage(`${folder.name} has no audit log yet: it starts with the first key added.`);
    }
  };
}

export function toggleGrouping(ctx: SidebarContext): Cmd {
  return async () => {
    const next = ctx.keys.grouping === 'state' ? 'environment' : 'state';
    await ctx.extension.workspaceState.update('keywarden.keys.groupBy', next);
    await vscode.commands.executeCommand('setContext', 'keywarden.keys.groupBy', next);
    ctx.keys.setGrouping(next);
  };
}

/** Sends one lifecycle step; the outcome is shown to the user, and the tree reloads. */
async function act(ctx: SidebarContext, key: KeyNode, step: KeyAction, opts: { quiet?: boolean } = {}) {
  try {
    const result = await ctx.client.sendRequest(KeyActionRequest.type, {
      folder: key.folder.uri.toString(),
      name: key.item.name,
      ...step,
    });
    ctx.log.info(`${step.action} ${key.item.name}: ${result.ok ? 'done' : 'refused'}: ${result.message}`);
    if (!result.ok) void vscode.window.showErrorMessage(result.message);
    else if (!opts.quiet) void vscode.window.showInformationMessage(result.message);
    await ctx.keys.refresh();
    return result.ok ? result : undefined;
  } catch (e) {
    ctx.log.error(`${step.action} ${key.item.name} failed: ${(e as Error).message}`);
    void vscode.window.showErrorMessage(`Keywarden could not ${step.action} ${key.item.name}: ${(e as Error).message}`);
    return undefined;
  }
}

/** A modal warning with one button: true when the user pressed it. */
async function confirmed(message: string, detail: string, button: string): Promise<boolean> {
  return (await vscode.window.showWarningMessage(message, { modal: true, detail }, button)) === button;
}

async function pickKey(
  ctx: SidebarContext,
  node: unknown,
  title: string,
  applies: (n: KeyNode) => boolean = () => true,
): Promise<KeyNode | undefined> {
  if (node instanceof KeyNode) return node;
  const named = node as { folder?: unknown; name?: unknown } | undefined;
  if (typeof named?.name === 'string') {
    // From a server message ("Rotate…"): the key by folder and name.
    const found = ctx.keys.keys().find((k) => k.item.name === named.name && (named.folder === undefined || k.folder.uri.toString() === named.folder));
    if (found && applies(found)) return found;
  }
  const keys = ctx.keys.keys().filter(applies);
  if (keys.length === 0) {
    void vscode.window.showInformationMessage('No key in the inventory fits: see the Keywarden Keys view.');
    return undefined;
  }
  const multi = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  const pick = await vscode.window.showQuickPick(
    keys.map((k) => ({ label: k.item.name, description: k.item.description, detail: multi ? k.folder.name : undefined, k })),
    { title },
  );
  return pick?.k;
}

export async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  return folders.length <= 1 ? folders[0] : vscode.window.showWorkspaceFolderPick();
}
