// Garbage collected between keystrokes rather than during them. Each edit of a large document leaves what the
// document sync must keep, a new flat copy of its text (~2 MB at 20,000 lines), and V8 collects when its young
// generation fills: inside whichever check fills it, so the pause lands on that keystroke (the p95 of the
// latency bench). Node gives V8 no idle time, so once the server has been quiet for a moment after a check it
// asks for a minor collection, and for a major one when the old generation has grown by many such copies.
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export type Collect = (options: { type: 'minor' | 'major' }) => void;

/** V8's gc(), exposed at run time (no node flag needed); undefined if this runtime refuses. */
function exposedGc(): Collect | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as Collect) : undefined;
  } catch {
    return undefined;
  }
}

const MB = 1024 * 1024;

/** Bytes used: by the young generation, its capacity, its large objects (texts), and everything older. */
function heapUse(): { young: number; youngCapacity: number; youngLarge: number; old: number } {
  let young = 0;
  let youngCapacity = 0;
  let youngLarge = 0;
  let old = 0;
  for (const s of getHeapSpaceStatistics()) {
    if (s.space_name === 'new_space') {
      young = s.space_used_size;
      youngCapacity = s.space_used_size + s.space_available_size;
    } else if (s.space_name === 'new_large_object_space') youngLarge = s.space_used_size;
    else old += s.space_used_size;
  }
  return { young, youngCapacity, youngLarge, old };
}

export class IdleCollector {
  private timer: NodeJS.Timeout | undefined;
  /** Old generation's size after the last major collection. */
  private oldAfterMajor = heapUse().old;

  constructor(
    /** Quiet time after a check before collecting: the next keystroke of a burst usually comes sooner. */
    private readonly quietMs = 40,
    /** Share of the young generation's capacity in use that is worth a minor collection. */
    private readonly minorShare = 0.5,
    /** Old generation growth worth a major collection. */
    private readonly majorBytes = 24 * MB,
    private readonly gc: Collect | undefined = exposedGc(),
  ) {}

  /** A check has finished: collect once nothing else has run for `quietMs`. */
  afterCheck(): void {
    if (!this.gc) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.collect(), this.quietMs);
    this.timer.unref();
  }

  private collect(): void {
    const { young, youngCapacity, youngLarge, old } = heapUse();
    if (old - this.oldAfterMajor > this.majorBytes) {
      this.gc?.({ type: 'major' });
      this.oldAfterMajor = heapUse().old;
    } else if (youngLarge > 0 || (young > 0 && young >= this.minorShare * youngCapacity)) {
      // A young large object (a big document's text) makes the next one's allocation collect: do it now.
      this.gc?.({ type: 'minor' });
    }
  }
}
