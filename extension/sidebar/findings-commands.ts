// The Findings view's commands: the quick fixes from the context menu, and adopting an untracked key.
import * as vscode from 'vscode';
import { AdoptKeyRequest, Commands, type AdoptCommandArgs, type UntrackedKey } from '../../server/shared/protocol';
import { plural } from '../../server/shared/dates';
import { pickEnvironment } from '../pick-environment';
import type { Cmd, SidebarContext } from './context';
import { applyQuickFix, UntrackedNode } from './findings-tree';

export function moveToKeychain(_ctx: SidebarContext): Cmd {
  return (node?: unknown) => applyQuickFix(node, Commands.moveToKeychain);
}

export function moveToDotenv(_ctx: SidebarContext): Cmd {
  return (node?: unknown) => applyQuickFix(node, Commands.moveToDotenv);
}

/** The key to adopt: a Findings view row, or the hover's link arguments (server/lsp/keys-hover.ts). */
function adoptTarget(arg: unknown): { folder: vscode.WorkspaceFolder; key: UntrackedKey } | undefined {
  if (arg instanceof UntrackedNode) return { folder: arg.folder, key: arg.key };
  const link = arg as Partial<AdoptCommandArgs> | undefined;
  if (typeof link?.folder !== 'string' || typeof link.key?.name !== 'string') return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(link.folder));
  return folder && { folder, key: link.key };
}

/** Adds an untracked `.env` key to the inventory; its value stays in the `.env`. */
export function adoptKey(ctx: SidebarContext): Cmd {
  return async (arg?: unknown) => {
    const node = adoptTarget(arg);
    if (!node) return;
    const environment = await pickEnvironment(`Adopt ${node.key.name} into the inventory`);
    if (!environment) return;
    const owner = await vscode.window.showInputBox({
      title: `Adopt ${node.key.name} into the inventory`,
      prompt: 'Owner (a person or team; optional)',
    });
    if (owner === undefined) return;
    const result = await ctx.client.sendRequest(AdoptKeyRequest.type, {
      folder: node.folder.uri.toString(),
      name: node.key.name,
      uri: node.key.uri,
      environment,
      owner: owner.trim() || undefined,
    });
    ctx.log.info(`adopt ${node.key.name}: ${result.ok ? 'done' : 'refused'}: ${result.message}`);
    if (result.ok) void vscode.window.showInformationMessage(result.message);
    else void vscode.window.showErrorMessage(result.message);
    await ctx.keys.refresh();
    ctx.findings.refresh();
  };
}

/** Scan Git History: the secrets any commit added, in the Findings view's "In git history" group. */
export function scanHistory(ctx: SidebarContext): Cmd {
  return async () => {
    try {
      const result = await ctx.findings.scanHistory();
      if (!result) return;
      for (const p of result.problems) ctx.log.warn(`Scan Git History: ${p}`);
      const n = result.findings.length;
      const summary = n === 0
        ? `Keywarden: no secrets in ${plural(result.commits, 'commit')} of git history.`
        : `Keywarden: ${plural(n, 'secret')} in ${plural(result.commits, 'commit')} of git history: rotate them.`;
      const show = 'Show';
      const answer = await (n === 0 ? vscode.window.showInformationMessage(summary) : vscode.window.showWarningMessage(summary, show));
      if (answer === show) await vscode.commands.executeCommand('keywarden.findings.focus');
    } catch (e) {
      ctx.log.error(`Scan Git History failed: ${(e as Error).message}`);
      void vscode.window.showErrorMessage('Keywarden: the git history scan failed. See the Keywarden output for why.');
    }
  };
}
