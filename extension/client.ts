// The language client: starts dist/server.js (the same server other editors run with `keywarden lsp --stdio`)
// as a Node process over stdio, and keeps it alive. Everything Keywarden shows in the editor comes from it.
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  MessageType,
  RevealOutputChannelOn,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type Middleware,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { adoptCommand, settingsSection, type InitializationOptions } from '../server/shared/protocol';
import { withDetails } from '../server/shared/toast';
import type { Log } from './log';
import { toast } from './toasts';

/**
 * VS Code answers `null` for a setting that has no default and is not set (keywarden.generic.sensitivity, so
 * that .keywarden/config.json decides); other editors leave such a setting out. Send it the same way.
 */
const withoutUnsetValues: NonNullable<NonNullable<Middleware['workspace']>['configuration']> = async (params, token, next) => {
  const result = await next(params, token);
  return Array.isArray(result) ? result.map(dropNulls) : result;
};

function dropNulls(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, dropNulls(v)]));
}

/** More crashes than this within the window and we stop restarting (a server crashing on start-up would loop). */
const maxRestarts = 5;
const restartWindowMs = 3 * 60_000;

export function createClient(context: vscode.ExtensionContext, log: Log, middleware: Middleware): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  // TransportKind.stdio makes the client pass `--stdio` to the server.
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Secrets hide in any file on disk, and in unsaved buffers before they are saved.
    documentSelector: [{ scheme: 'file' }, { scheme: 'untitled' }],
    // The file watchers are the server's (it registers them for every client): only settings sync here.
    synchronize: { configurationSection: settingsSection },
    // The extension handles RotateKeyNotification (the server may offer "Rotate…" after moving an exposed key).
    // Read at each (re)start: granting workspace trust restarts the client (main.ts).
    initializationOptions: (): InitializationOptions => ({ supportsRotateKey: true, restricted: !vscode.workspace.isTrusted }),
    outputChannel: log.channel,
    // Hovers may link to one command: Adopt, on a lookup of a key the inventory lacks.
    markdown: { isTrusted: { enabledCommands: [adoptCommand] } },
    // The server reports its own problems with window/showMessage; the channel opens on errors only.
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: restartingErrorHandler(log),
    initializationFailedHandler: (error) => {
      log.error(`The Keywarden language server failed to start: ${errorText(error)}`);
      log.show();
      void vscode.window.showErrorMessage(
        'Keywarden could not start its language server, so no secrets are highlighted. See the Keywarden output for why.',
      );
      return false; // do not retry a start-up that failed: it would fail the same way
    },
    middleware: { ...middleware, workspace: { ...middleware.workspace, configuration: withoutUnsetValues } },
  };
  return new OneLogClient(log, serverOptions, clientOptions);
}

/**
 * The client writes the server's log lines (window/logMessage) and its own through these four methods, which
 * by default prepend "[Warn  - 10:00:00]" and append to the channel at info level: on the LogOutputChannel that
 * is a second prefix, and every warning an info. Here each line goes to the one logger at its own level.
 */
class OneLogClient extends LanguageClient {
  constructor(private readonly log: Log, serverOptions: ServerOptions, clientOptions: LanguageClientOptions) {
    super('keywarden', 'Keywarden', serverOptions, clientOptions);
  }

  override debug(message: string, data?: unknown): void { this.log.debug(withData(message, data)); }
  override info(message: string, data?: unknown): void { this.log.info(withData(message, data)); }
  override warn(message: string, data?: unknown): void { this.log.warn(withData(message, data)); }
  override error(message: string, data?: unknown, showNotification?: boolean | 'force'): void {
    this.log.error(withData(message, data));
    // The client forces a notification only for failures the user must see (a request that failed outright).
    if (showNotification === 'force') void toast(this.log, MessageType.Error, withDetails(message, 'See the Keywarden output.'), []);
  }
}

function withData(message: string, data: unknown): string {
  if (data === undefined || data === null) return message;
  return `${message} ${data instanceof Error ? data.message : typeof data === 'string' ? data : JSON.stringify(data)}`;
}

/** Logs every crash and restarts the server, unless it keeps crashing. */
function restartingErrorHandler(log: Log): ErrorHandler {
  const crashes: number[] = [];
  return {
    error(error, _message, count) {
      log.error(`Connection to the Keywarden language server failed: ${errorText(error)}`);
      return { action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
    },
    closed() {
      const now = Date.now();
      crashes.push(now);
      while (now - (crashes[0] ?? now) > restartWindowMs) crashes.shift();
      if (crashes.length > maxRestarts) {
        log.error(`The Keywarden language server stopped ${crashes.length} times in 3 minutes; not restarting it.`);
        log.show();
        return {
          action: CloseAction.DoNotRestart,
          message: 'The Keywarden language server keeps crashing. Run "Developer: Reload Window" to try again, and see the Keywarden output for why.',
        };
      }
      log.warn(`The Keywarden language server stopped unexpectedly; restarting it (${crashes.length} in 3 minutes).`);
      return { action: CloseAction.Restart, handled: true };
    },
  };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
