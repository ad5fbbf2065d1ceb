// The extension's one logger: a LogOutputChannel (level filter, timestamps and "Set Log Level" come with it).
// It also serves as the language client's output channel, so the server's own log lines land in the same place.
// Callers pass messages that never contain a secret value (the contract of server/shared/logger.ts).
import * as vscode from 'vscode';
import type { Logger } from '../server/shared/logger';

export class Log implements Logger, vscode.Disposable {
  readonly channel = vscode.window.createOutputChannel('Keywarden', { log: true });

  debug(message: string): void { this.channel.debug(message); }
  info(message: string): void { this.channel.info(message); }
  warn(message: string): void { this.channel.warn(message); }
  error(message: string): void { this.channel.error(message); }

  /** Reveals the channel without taking focus from the editor. */
  show(): void { this.channel.show(true); }

  dispose(): void { this.channel.dispose(); }
}
