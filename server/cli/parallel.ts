// A pool of worker threads for long scans: the main thread walks the tree and offers batches; each worker
// reads and scans its batch. At most two batches wait per worker, so memory stays flat however big the tree
// is. A worker that dies hands its batches back, and the caller scans them in process: a scan never
// silently loses files.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { KeywardenConfig } from '../detect/config';
import { withoutFingerprints, type ScannerOptions } from '../detect/scanner';
import type { WalkedFile } from '../detect/walker';
import type { BatchResult } from '../detect/scan-batch';

/** Where the bundled worker lives (beside dist/cli.js); absent when running from sources. */
export function workerScript(): string | undefined {
  const script = join(__dirname, 'scan-worker.js');
  return existsSync(script) ? script : undefined;
}

interface Slot {
  worker: Worker;
  /** Started up: batches go only to ready workers, so a slow start never holds work back. */
  ready: boolean;
  alive: boolean;
  inFlight: Map<number, WalkedFile[]>;
}

export class ScanPool {
  private readonly slots: Slot[];
  private nextId = 0;
  private waiters: (() => void)[] = [];
  private lost: WalkedFile[][] = [];
  private stopping = false;

  /**
   * `onLost` hears why a worker stopped; its batches come back from `drain` or a refused `submit`. Workers
   * compute findings' fingerprints only when `fingerprints` (reading one otherwise throws).
   */
  constructor(script: string, config: KeywardenConfig, scannerOptions: ScannerOptions, size: number, fingerprints: boolean,
    private readonly onResult: (r: BatchResult) => void, private readonly onLost: (reason: string) => void) {
    this.slots = Array.from({ length: size }, () => {
      const slot: Slot = { worker: new Worker(script, { workerData: { config, options: scannerOptions, fingerprints } }), ready: false, alive: true, inFlight: new Map() };
      slot.worker.on('message', (r: BatchResult | { ready: true }) => {
        if ('ready' in r) {
          slot.ready = true;
          return;
        }
        slot.inFlight.delete(r.id);
        if (!fingerprints) for (const f of r.findings) withoutFingerprints(f);
        this.onResult(r);
        this.wake();
      });
      slot.worker.on('error', (err) => this.fail(slot, err.message));
      slot.worker.on('exit', (code) => this.fail(slot, `exit code ${code}`));
      return slot;
    });
  }

  /** Whether a ready worker has fewer than two batches waiting: `offer` would take one. */
  hasRoom(): boolean {
    return this.slots.some((s) => s.alive && s.ready && s.inFlight.size < 2);
  }

  /**
   * Queues a batch on the least busy ready worker, if one has fewer than two waiting; false when all are busy,
   * still starting or dead: the caller then scans the batch itself, so no core sits idle.
   */
  offer(files: WalkedFile[], maxFileSize: number): boolean {
    const live = this.slots.filter((s) => s.alive && s.ready);
    if (live.length === 0) return false;
    const slot = live.reduce((a, b) => (b.inFlight.size < a.inFlight.size ? b : a));
    if (slot.inFlight.size >= 2) return false;
    const id = this.nextId++;
    slot.inFlight.set(id, files);
    slot.worker.postMessage({ id, files, maxFileSize });
    return true;
  }

  /** Waits until every batch is scanned; returns the batches of workers that died, to scan in process. */
  async drain(): Promise<WalkedFile[][]> {
    while (this.slots.some((s) => s.alive && s.inFlight.size > 0)) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    const lost = this.lost;
    this.lost = [];
    return lost;
  }

  /** Stops the workers (after drain, or to abandon the scan). */
  async terminate(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private fail(slot: Slot, reason: string): void {
    if (!slot.alive || this.stopping) return;
    slot.alive = false;
    this.lost.push(...slot.inFlight.values());
    slot.inFlight.clear();
    this.onLost(reason);
    this.wake();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}
