// The server's messages as one-line toasts: the first line shows, the rest (already in the Keywarden output,
// where the server logged the whole message) is behind "Details". Buttons the server asked for come first.
import * as vscode from 'vscode';
import { MessageType, ShowMessageNotification, ShowMessageRequest, type LanguageClient, type MessageActionItem } from 'vscode-languageclient/node';
import { toastParts } from '../server/shared/toast';
import type { Log } from './log';

const DETAILS = 'Details';

/** Registered before the client starts, so these replace the client's own handlers. */
export function oneLineToasts(client: LanguageClient, log: Log): vscode.Disposable {
  return vscode.Disposable.from(
    client.onNotification(ShowMessageNotification.type, (p) => void toast(log, p.type, p.message, [])),
    client.onRequest(ShowMessageRequest.type, (p) => toast(log, p.type, p.message, p.actions ?? [])),
  );
}

/** Shows a one-line toast; "Details" reveals the output. Resolves to the server's button picked, or null. */
export async function toast(log: Log, type: MessageType, message: string, actions: MessageActionItem[]): Promise<MessageActionItem | null> {
  const { line, details } = toastParts(message);
  const show = type === MessageType.Error ? vscode.window.showErrorMessage : type === MessageType.Warning ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  const titles = [...actions.map((a) => a.title), ...(details ? [DETAILS] : [])];
  const picked = await show(line, ...titles);
  if (picked === DETAILS) {
    log.show();
    return null;
  }
  return actions.find((a) => a.title === picked) ?? null;
}
