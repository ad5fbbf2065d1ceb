// The loggers the server side supplies (the interface is in shared/logger.ts, which the extension imports too).
import { printable } from './printable';
import type { Logger } from './shared/logger';

export type { Logger };

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
