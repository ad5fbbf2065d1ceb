// When to check a document: on open and on change, either at once (the first edit after a quiet
// spell, so a single edit shows its result within milliseconds) or `debounceMs` after the last edit of a
// burst. A newer edit cancels pending work: a check that finds its document has moved on drops its result,
// so typing in a large file never queues scans.

export interface CheckRequest {
  uri: string;
  /** The document version this check is for. */
  version: number;
  /** True while this request is still the newest for its document. */
  isCurrent(): boolean;
}

export class CheckScheduler {
  /** Per document: cancels its pending check. */
  private readonly pending = new Map<string, () => void>();
  private readonly lastChange = new Map<string, number>();
  private readonly generation = new Map<string, number>();

  constructor(
    private readonly check: (request: CheckRequest) => Promise<void>,
    private readonly debounceMs = 150,
    private readonly onError: (err: unknown) => void = () => {},
  ) {}

  changed(uri: string, version: number): void {
    const now = Date.now();
    const last = this.lastChange.get(uri);
    this.lastChange.set(uri, now);
    const burst = last !== undefined && now - last < this.debounceMs;
    this.schedule(uri, version, burst ? this.debounceMs : 0);
  }

  /** Re-checks now (settings or config changed). */
  recheck(uri: string, version: number): void {
    this.schedule(uri, version, 0);
  }

  closed(uri: string): void {
    this.cancel(uri);
    this.lastChange.delete(uri);
    this.generation.delete(uri);
  }

  private cancel(uri: string): number {
    this.pending.get(uri)?.();
    this.pending.delete(uri);
    const gen = (this.generation.get(uri) ?? 0) + 1;
    this.generation.set(uri, gen);
    return gen;
  }

  private schedule(uri: string, version: number, delay: number): void {
    const gen = this.cancel(uri);
    const run = () => {
      this.pending.delete(uri);
      const request: CheckRequest = { uri, version, isCurrent: () => this.generation.get(uri) === gen };
      this.check(request).catch(this.onError);
    };
    // At once: after the messages already read (a newer edit among them cancels this), not a timer's 1 ms later.
    if (delay === 0) {
      const immediate = setImmediate(run);
      this.pending.set(uri, () => clearImmediate(immediate));
    } else {
      const timer = setTimeout(run, delay);
      this.pending.set(uri, () => clearTimeout(timer));
    }
  }
}
