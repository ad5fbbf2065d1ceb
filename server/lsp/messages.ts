// One clear message per failure: `window/showMessage` with what went wrong and what to do. Never a value.
import { MessageType, ShowMessageNotification, ShowMessageRequest, type Connection } from 'vscode-languageserver/node';
import { UserError } from '../errors';
import type { CommandResult } from '../shared/protocol';
import type { ServerContext } from './context';

/** `Keywarden: what went wrong — what to do.` */
export function describe(err: unknown, prefix = 'Keywarden'): string {
  if (err instanceof UserError) {
    const hint = err.hintFor('editor');
    return editorText(`${prefix}: ${err.message}${hint ? ` — ${hint}` : ''}`);
  }
  return `${prefix}: unexpected error: ${(err as Error)?.message ?? String(err)}`;
}

/** Notifications render no Markdown: the CLI's `command` quoting would show as literal backticks. */
export function editorText(text: string): string {
  return text.replace(/`([^`]*)`/g, '$1');
}

/** A plain `window/showMessage` (the library's showErrorMessage always sends a request). */
export function showMessage(connection: Connection, type: MessageType, message: string): void {
  void connection.sendNotification(ShowMessageNotification.type, { type, message });
}

/** Logs the whole message at its own level (where "Details" leads), then shows it. */
export function notify(ctx: ServerContext, type: MessageType, message: string): void {
  logAt(ctx, type, message);
  showMessage(ctx.connection, type, message);
}

/** notify with buttons: resolves to the title picked, undefined when dismissed or the client cannot ask. */
export async function ask(ctx: ServerContext, type: MessageType, message: string, titles: string[]): Promise<string | undefined> {
  logAt(ctx, type, message);
  if (titles.length === 0) {
    showMessage(ctx.connection, type, message);
    return undefined;
  }
  const picked = await ctx.connection.sendRequest(ShowMessageRequest.type, { type, message, actions: titles.map((title) => ({ title })) }).catch(() => null);
  return picked?.title;
}

function logAt(ctx: ServerContext, type: MessageType, message: string): void {
  if (type === MessageType.Error) ctx.logger.error(message);
  else if (type === MessageType.Warning) ctx.logger.warn(message);
  else ctx.logger.info(message);
}

/** Shows the error and returns it as a command's result. */
export function fail(ctx: ServerContext, err: unknown, prefix?: string, suffix = ''): CommandResult {
  const message = describe(err, prefix) + suffix;
  notify(ctx, MessageType.Error, message);
  return { ok: false, message };
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs commands one at a time, so two moves never interleave their keychain and .env writes. */
export function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work);
  queue = run.catch(() => undefined);
  return run;
}

/** What Restricted Mode refuses, and how to lift it. */
export function restrictedError(what: string): UserError {
  return new UserError(`${what} waits for workspace trust (Restricted Mode)`, 'trust this folder (Workspaces: Manage Workspace Trust) to write to the keychain, .env or the baseline');
}
