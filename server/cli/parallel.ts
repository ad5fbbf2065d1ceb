// A pool of worker threads for big scans: the main thread walks the tree and hands out batches; each
// worker reads and scans its batch. At most two batches wait per worker, so memory stays flat however big
// the tree is. Small scans never start it: a worker's start-up costs more than it saves.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { KeywardenConfig } from '../detect/config';
import type { WalkedFile } from '../detect/walker';
import type { BatchResult } from './batch';

/** Where the bundled worker lives (beside dist/cli.js); absent when running from sources. */
export function workerScript(): string | undefined {
  const script = join(__dirname, 'scan-worker.js');
  return existsSync(script) ? script : undefined;
}

interface Slot {
  worker: Worker;
  inFlight: Set<number>;
}

export class ScanPool {
  private readonly slots: Slot[];
  private nextId = 0;
  private failure: Error | undefined;
  private waiters: (() => void)[] = [];

  constructor(script: string, config: KeywardenConfig, size: number, private readonly onResult: (r: BatchResult) => void) {
    this.slots = Array.from({ length: size }, () => {
      const slot: Slot = { worker: new Worker(script, { workerData: config }), inFlight: new Set<number>() };
      slot.worker.on('message', (r: BatchResult) => {
        slot.inFlight.delete(r.id);
        this.onResult(r);
        this.wake();
      });
      slot.worker.on('error', (err) => { this.failure ??= err; this.wake(); });
      slot.worker.on('exit', (code) => {
        if (slot.inFlight.size > 0) this.failure ??= new Error(`a scan worker exited (code ${code}) with work pending`);
        this.wake();
      });
      return slot;
    });
  }

  /** Queues a batch on the least busy worker; waits while every worker already has two. */
  async submit(files: WalkedFile[], maxFileSize: number): Promise<void> {
    for (;;) {
      if (this.failure) throw this.failure;
      const slot = this.slots.reduce((a, b) => (b.inFlight.size < a.inFlight.size ? b : a));
      if (slot.inFlight.size < 2) {
        const id = this.nextId++;
        slot.inFlight.add(id);
        slot.worker.postMessage({ id, files, maxFileSize });
        return;
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /** Waits until every batch has been scanned. */
  async drain(): Promise<void> {
    while (this.slots.some((s) => s.inFlight.size > 0)) {
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /** Stops the workers (after drain, or to abandon the scan). */
  async terminate(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}
