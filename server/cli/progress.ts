// A one-line progress indicator on stderr, only for interactive terminals and only once a scan has taken
// a second: short scans and pipes (CI logs, pre-commit output) never see it.
import type { Writable } from 'node:stream';
import type { Logger } from '../log';
import { formatMB } from './reporters/text';

const DELAY_MS = 1000;
const INTERVAL_MS = 100;

export interface Progress {
  update(files: number, bytes: number): void;
  /** Clears the line before the report is printed. */
  done(): void;
  /** Wraps a logger so that its lines do not land in the middle of the progress line. */
  around(logger: Logger): Logger;
}

/** `unit` names what `update` counts: files for a tree, commits for `scan --history`. */
export function progressIndicator(stderr: Writable & { isTTY?: boolean }, unit = 'files'): Progress {
  if (!stderr.isTTY) return { update() {}, done() {}, around: (logger) => logger };
  const start = Date.now();
  let last = 0;
  let shown = false;
  const clear = () => {
    if (shown) stderr.write('\r\x1b[K');
    shown = false;
  };
  const clearing = (log: (m: string) => void) => (m: string) => { clear(); log(m); };
  return {
    update(files, bytes) {
      const now = Date.now();
      if (now - start < DELAY_MS || now - last < INTERVAL_MS) return;
      last = now;
      shown = true;
      stderr.write(`\r\x1b[Kscanning… ${files} ${unit}, ${formatMB(bytes)}`);
    },
    done: clear,
    around: (logger) => ({ debug: clearing(logger.debug), info: clearing(logger.info), warn: clearing(logger.warn), error: clearing(logger.error) }),
  };
}
