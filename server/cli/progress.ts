// A one-line progress indicator on stderr, only for interactive terminals and only once a scan has taken
// a second: short scans and pipes (CI logs, pre-commit output) never see it.
import type { Writable } from 'node:stream';
import { formatMB } from './reporters/text';

const DELAY_MS = 1000;
const INTERVAL_MS = 100;

export interface Progress {
  update(files: number, bytes: number): void;
  /** Clears the line before the report is printed. */
  done(): void;
}

export function progressIndicator(stderr: Writable & { isTTY?: boolean }, enabled: boolean): Progress {
  if (!enabled || !stderr.isTTY) return { update() {}, done() {} };
  const start = Date.now();
  let last = 0;
  let shown = false;
  return {
    update(files, bytes) {
      const now = Date.now();
      if (now - start < DELAY_MS || now - last < INTERVAL_MS) return;
      last = now;
      shown = true;
      stderr.write(`\r\x1b[Kscanning… ${files} files, ${formatMB(bytes)}`);
    },
    done() {
      if (shown) stderr.write('\r\x1b[K');
    },
  };
}
