// The walk, run ahead of the scan by a bounded amount: what is queued says how much work is left (whether
// worker threads would pay for their start), and batches are cut from it by bytes.
import type { WalkedFile } from '../detect/walker';

export class WalkAhead {
  private queue: WalkedFile[] = [];
  private head = 0;
  /** Bytes of the files walked and not yet taken. */
  bytes = 0;
  /** The walk has no more files: those queued are all that is left. */
  done = false;

  constructor(private readonly walk: Iterator<WalkedFile>, private readonly maxBytes: number, private readonly maxFiles: number) {}

  /** Walks on until the look-ahead is full or the walk ends. */
  fill(): void {
    while (!this.done && this.bytes < this.maxBytes && this.queue.length - this.head < this.maxFiles) {
      const next = this.walk.next();
      if (next.done) this.done = true;
      else {
        this.queue.push(next.value);
        this.bytes += next.value.size;
      }
    }
  }

  /** Nothing queued and nothing left to walk. */
  get empty(): boolean {
    return this.done && this.head >= this.queue.length;
  }

  /** The next files in walk order: at least one, then while under `bytes` and `files`. */
  take(bytes: number, files: number): WalkedFile[] {
    const out: WalkedFile[] = [];
    let taken = 0;
    while (this.head < this.queue.length && out.length < files && (out.length === 0 || taken < bytes)) {
      const file = this.queue[this.head++]!;
      out.push(file);
      taken += file.size;
    }
    this.bytes -= taken;
    // Drop the taken part now and then, not on every batch.
    if (this.head > 4096 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
    return out;
  }
}
