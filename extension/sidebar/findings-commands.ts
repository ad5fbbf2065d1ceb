// The Findings view's commands: the quick fixes from the context menu, and adopting an untracked key.
import * as vscode from 'vscode';
import { AdoptKeyRequest, Commands } from '../../server/protocol';
import type { Cmd, SidebarContext } from './context';
import { applyQuickFix, UntrackedNode } from './findings-tree';

export function moveToKeychain(_ctx: SidebarContext): Cmd {
  return (node?: unknown) => applyQuickFix(node, Commands.moveToKeychain);
}

export function moveToDotenv(_ctx: SidebarContext): Cmd {
  return (node?: unknown) => applyQuickFix(node, Commands.moveToDotenv);
}

/** Adds an untracked `.env` key to the inventory; its value stays in the `.env`. */
export function adoptKey(ctx: SidebarContext): Cmd {
  return async (node?: unknown) => {
    if (!(node instanceof UntrackedNode)) return;
    const environment = await vscode.window.showQuickPick(['development', 'staging', 'production'], {
      title: `Adopt ${node.key.name} into the inventory`,
      placeHolder: 'Which environment is this key for?',
    });
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
