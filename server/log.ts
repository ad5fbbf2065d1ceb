// One logger interface for all core code; the CLI, the language server and the extension each supply one.
// Core code receives a Logger as a parameter and never prints secret values (pass them through redact()).
import { printable } from './printable';

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** A logger writing to stderr, for the CLI. `debug` lines only when verbose. */
export function stderrLogger(verbose = false): Logger {
  // Messages name files from the tree: one line each, no control character raw.
  const write = (level: string, message: string) => process.stderr.write(`keywarden: ${level}${printable(message)}\n`);
  return {
    debug: (m) => { if (verbose) write('debug: ', m); },
    info: (m) => { if (verbose) write('', m); },
    warn: (m) => write('warning: ', m),
    error: (m) => write('error: ', m),
  };
}
