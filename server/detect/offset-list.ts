// Ascending offsets into a text that keystrokes edit (keyword hits, line starts). Kept in blocks, each with a
// shift: an edit splits the block it falls in (two views of the same memory), adds a block for what it
// inserted, and moves the blocks after it by adding to one number each, instead of copying and shifting every
// offset (a keyword-dense 20,000-line file has ~100k hits). Immutable: an edit returns a new list that shares
// the untouched blocks with the old one.

type Block = Int32Array | readonly number[];

export class OffsetList {
  static readonly EMPTY = new OffsetList([], [], [0]);

  private constructor(
    /** Raw values, ascending; value = raw + the block's shift. No block is empty. */
    private readonly blocks: readonly Block[],
    private readonly shifts: readonly number[],
    /** counts[b]: how many values come before block b (one more entry than blocks). */
    private readonly counts: readonly number[],
  ) {}

  /** A list of ascending `values`, kept as given (a whole-text search pays no copy). */
  static of(values: Block): OffsetList {
    return values.length === 0 ? OffsetList.EMPTY : new OffsetList([values], [0], [0, values.length]);
  }

  get length(): number {
    return this.counts[this.blocks.length] ?? 0;
  }

  /** The i-th value (0 <= i < length). */
  at(i: number): number {
    const b = this.blockOf(i);
    return (this.blocks[b]?.[i - (this.counts[b] ?? 0)] ?? 0) + (this.shifts[b] ?? 0);
  }

  /** Index of the first value >= x (length when none is). */
  lowerBound(x: number): number {
    const { blocks, shifts } = this;
    // The first block whose last value is >= x, then the first such value in it.
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const block = blocks[mid] ?? [];
      if ((block[block.length - 1] ?? 0) + (shifts[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    const block = blocks[lo];
    if (!block) return this.length;
    return (this.counts[lo] ?? 0) + lowerBound(block, x - (shifts[lo] ?? 0));
  }

  /** The values in [from, until), ascending. */
  between(from: number, until: number): number[] {
    const out: number[] = [];
    for (let i = this.lowerBound(from), end = this.lowerBound(until); i < end; i++) out.push(this.at(i));
    return out;
  }

  toArray(): number[] {
    const out: number[] = [];
    this.blocks.forEach((block, b) => {
      const shift = this.shifts[b] ?? 0;
      for (let i = 0; i < block.length; i++) out.push((block[i] ?? 0) + shift);
    });
    return out;
  }

  /**
   * The list after an edit: values in [from, until) are dropped, those at `until` or later move by `delta`, and
   * `inserted` (ascending, new-text offsets in [from, until + delta)) take the dropped ones' place.
   */
  edited(from: number, until: number, delta: number, inserted: readonly number[]): OffsetList {
    const i = this.lowerBound(from);
    const j = Math.max(i, this.lowerBound(until));
    const n = this.blocks.length;
    if (inserted.length === 0 && (i === this.length || (i === j && delta === 0))) return this;
    const blocks: Block[] = [];
    const shifts: number[] = [];
    const push = (block: Block, shift: number) => {
      if (block.length === 0) return;
      blocks.push(block);
      shifts.push(shift);
    };
    const bi = this.blockOf(i);
    for (let b = 0; b < bi; b++) push(this.blocks[b] ?? [], this.shifts[b] ?? 0);
    if (bi < n) push(view(this.blocks[bi] ?? [], 0, i - (this.counts[bi] ?? 0)), this.shifts[bi] ?? 0);
    if (inserted.length > 0) push(Int32Array.from(inserted), 0);
    const bj = this.blockOf(j);
    if (bj < n) {
      const block = this.blocks[bj] ?? [];
      push(view(block, j - (this.counts[bj] ?? 0), block.length), (this.shifts[bj] ?? 0) + delta);
    }
    for (let b = bj + 1; b < n; b++) push(this.blocks[b] ?? [], (this.shifts[b] ?? 0) + delta);
    const counts = [0];
    for (const block of blocks) counts.push((counts[counts.length - 1] ?? 0) + block.length);
    const edited = new OffsetList(blocks, shifts, counts);
    // Each edit adds up to two blocks: past a bound, rebuild in blocks of COMPACT_BLOCK (amortized per edit).
    return blocks.length > MAX_BLOCKS + edited.length / COMPACT_BLOCK ? edited.compacted() : edited;
  }

  private compacted(): OffsetList {
    const all = new Int32Array(this.length);
    this.blocks.forEach((block, b) => {
      const shift = this.shifts[b] ?? 0;
      const at = this.counts[b] ?? 0;
      for (let i = 0; i < block.length; i++) all[at + i] = (block[i] ?? 0) + shift;
    });
    const blocks: Int32Array[] = [];
    const counts = [0];
    for (let k = 0; k < all.length; k += COMPACT_BLOCK) {
      const block = all.subarray(k, k + COMPACT_BLOCK);
      blocks.push(block);
      counts.push(k + block.length);
    }
    return new OffsetList(blocks, blocks.map(() => 0), counts);
  }

  /** The block holding the i-th value (blocks.length when i >= length). */
  private blockOf(i: number): number {
    // The last b with counts[b] <= i: blocks are never empty, so that block holds the i-th value.
    return lowerBound(this.counts, i + 1) - 1;
  }
}

/** First index in an ascending list whose value is >= x (its length when none is). */
export function lowerBound(list: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? Infinity) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Blocks an edit may leave before a rebuild, beyond one per COMPACT_BLOCK values. */
const MAX_BLOCKS = 64;
const COMPACT_BLOCK = 1024;

/** [from, to) of a block without copying it (a plain array, from a whole-text search, is copied once). */
function view(block: Block, from: number, to: number): Block {
  if (from === 0 && to === block.length) return block;
  return block instanceof Int32Array ? block.subarray(from, to) : Int32Array.from(block.slice(from, to));
}
