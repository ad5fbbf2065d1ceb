// The keyword prefilter: one Aho-Corasick pass over the text finds every rule keyword (ASCII, case-insensitive)
// at once, whatever their number, at a few hundred MB/s. Calling includes() per keyword costs a pass each.
import { WasmAutomaton } from './automaton-wasm';
import { OffsetList } from './offset-list';

/** Where each keyword occurs in one text. */
export interface KeywordHits {
  has(id: number): boolean;
  /** Start offsets of the keyword's occurrences, ascending. */
  positions(id: number): readonly number[];
  /** Those in [from, until). */
  positionsIn(id: number, from: number, until: number): readonly number[];
  /** Ids of the keywords found, ascending. */
  found(): readonly number[];
}

/** One keyword's offsets: the array a whole-text search built, or blocks an edit shifted (OffsetList). */
type Offsets = readonly number[] | OffsetList;

/**
 * Hits as the index keeps them: per keyword id, its offsets (undefined: not found). A whole-text scan hands out
 * the arrays it built without copying; an edit shifts them by block, so a keystroke does not copy ~100k offsets.
 */
class Hits implements KeywordHits {
  constructor(readonly byId: readonly (Offsets | undefined)[]) {}
  has(id: number): boolean {
    return id >= 0 && this.byId[id] !== undefined;
  }
  positions(id: number): readonly number[] {
    const all = this.byId[id];
    return all === undefined ? [] : all instanceof OffsetList ? all.toArray() : all;
  }
  positionsIn(id: number, from: number, until: number): readonly number[] {
    const all = this.byId[id];
    if (!all) return [];
    if (all instanceof OffsetList) return all.between(from, until);
    const a = lowerBound(all, from);
    const b = lowerBound(all, until);
    return a === 0 && b === all.length ? all : all.slice(a, b);
  }
  found(): readonly number[] {
    const ids: number[] = [];
    this.byId.forEach((list, id) => { if (list !== undefined) ids.push(id); });
    return ids;
  }
}

/** First index in an ascending list whose value is >= x. */
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

const ASCII = 128;
const NONE: readonly number[] = [];

export class KeywordIndex {
  private readonly ids = new Map<string, number>();
  private readonly nonAscii: number[] = [];
  private readonly nonAsciiIds = new Set<number>();
  /** Per ASCII character, its column in `delta`: the characters keywords use, case folded; 0 for all others. */
  private classOf = new Uint8Array(ASCII);
  /**
   * The automaton: delta[state + class] → next state. States are premultiplied by the row width (no multiply
   * per character), and those where some keyword ends are numbered last (one compare per character: state >=
   * finalFrom). Columns only for the ~50 characters keywords use: the table stays in cache.
   */
  private automaton!: WasmAutomaton;
  private finalFrom = 1;
  private width = 1;
  /** Keyword ids ending at final state f (its row (f - finalFrom) / width): outIds[outStart[row] .. outStart[row + 1]). */
  private outStart = new Int32Array(1);
  private outIds = new Int32Array(0);
  private readonly lengths: number[] = [];
  private longest = 0;

  constructor(keywords: Iterable<string>) {
    const trie: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    for (const raw of keywords) {
      const k = raw.toLowerCase();
      if (k.length === 0 || this.ids.has(k)) continue;
      const id = this.ids.size;
      this.ids.set(k, id);
      this.lengths.push(k.length);
      this.longest = Math.max(this.longest, k.length);
      if (/[^\x00-\x7f]/.test(k)) { this.nonAscii.push(id); this.nonAsciiIds.add(id); continue; }
      let node = 0;
      for (let i = 0; i < k.length; i++) {
        const c = k.charCodeAt(i);
        if (this.classOf[c] === 0) this.classOf[c] = this.width++;
        const edges = trie[node] ?? new Map<number, number>();
        let n = edges.get(c);
        if (n === undefined) {
          n = trie.length;
          trie.push(new Map());
          ends.push([]);
          edges.set(c, n);
        }
        node = n;
      }
      ends[node]?.push(id);
    }
    // Case folding: an upper-case letter moves like its lower-case one.
    for (let c = 65; c <= 90; c++) this.classOf[c] = this.classOf[c + 32] ?? 0;
    this.build(trie, ends);
  }

  /** Id of a keyword for `has`/`positions`, or -1 if it was not given. */
  idOf(keyword: string): number {
    return this.ids.get(keyword.toLowerCase()) ?? -1;
  }

  private build(trie: Map<number, number>[], ends: number[][]): void {
    const n = trie.length;
    const width = this.width;
    const fail = new Int32Array(n);
    // The automaton over trie node numbers, one column per class; class 0 (no keyword's character) always
    // leads back to the root, as the zero-filled column says.
    const next = new Int32Array(n * width);
    const order: number[] = [0];
    for (const s of order) {
      for (let c = 0; c < ASCII; c++) {
        const k = this.classOf[c] ?? 0;
        if (k === 0 || (c >= 65 && c <= 90)) continue;
        const child = trie[s]?.get(c);
        const onFail = s === 0 ? 0 : next[(fail[s] ?? 0) * width + k] ?? 0;
        if (child !== undefined) {
          fail[child] = onFail;
          ends[child] = [...(ends[child] ?? []), ...(ends[onFail] ?? [])];
          next[s * width + k] = child;
          order.push(child);
        } else {
          next[s * width + k] = onFail;
        }
      }
    }
    // Renumber: the root first, the states where keywords end last.
    const renumbered = new Int32Array(n);
    let row = 0;
    for (let s = 0; s < n; s++) if (!ends[s]?.length) renumbered[s] = row++;
    this.finalFrom = row * width;
    const flat: number[] = [];
    const outStart: number[] = [];
    for (let s = 0; s < n; s++) {
      if (!ends[s]?.length) continue;
      renumbered[s] = row++;
      outStart.push(flat.length);
      flat.push(...(ends[s] ?? []));
    }
    outStart.push(flat.length);
    const delta = new Int32Array(n * width);
    for (let s = 0; s < n; s++) {
      const from = (renumbered[s] ?? 0) * width;
      for (let k = 0; k < width; k++) delta[from + k] = (renumbered[next[s * width + k] ?? 0] ?? 0) * width;
    }
    this.automaton = new WasmAutomaton(this.classOf, delta, this.finalFrom);
    this.outStart = Int32Array.from(outStart);
    this.outIds = Int32Array.from(flat);
  }

  private record(positions: number[][], s: number, i: number): void {
    const row = (s - this.finalFrom) / this.width;
    for (let j = this.outStart[row] ?? 0, to = this.outStart[row + 1] ?? 0; j < to; j++) {
      const id = this.outIds[j] ?? 0;
      (positions[id] ??= []).push(i - (this.lengths[id] ?? 0) + 1);
    }
  }

  search(text: string): KeywordHits {
    const positions: (Offsets | undefined)[] = this.scanAscii(text, 0, text.length);
    this.addNonAscii(positions, text);
    return new Hits(positions);
  }

  /**
   * The hits of `text`, made from those of an earlier text (`previous`, from `search` or `update`) that
   * differed only in [start, oldEnd), now [start, newEnd): only the changed span and a keyword's length
   * around it are searched again.
   */
  update(previous: KeywordHits, text: string, start: number, oldEnd: number, newEnd: number): KeywordHits {
    if (!(previous instanceof Hits)) return this.search(text);
    const from = Math.max(0, start - this.longest + 1);
    const until = Math.min(text.length, newEnd + this.longest - 1);
    const fresh = this.scanAscii(text, from, Math.min(text.length, until + this.longest - 1));
    const delta = newEnd - oldEnd;
    const positions: Offsets[] = [];
    const ids = Math.max(previous.byId.length, fresh.length);
    for (let id = 0; id < ids; id++) {
      const old = previous.byId[id];
      const near = fresh[id];
      const found = near ? near.filter((p) => p < until) : NONE;
      if ((old === undefined && found.length === 0) || this.nonAsciiIds.has(id)) continue;
      const all = (old instanceof OffsetList ? old : OffsetList.of(old ?? [])).edited(from, until - delta, delta, found);
      if (all.length > 0) positions[id] = all;
    }
    this.addNonAscii(positions, text);
    return new Hits(positions);
  }

  /** ASCII keywords starting in [from, to) and ending before `to`. */
  private scanAscii(text: string, from: number, to: number): number[][] {
    const positions: number[][] = [];
    this.automaton.scan(text, from, to, (s, i) => this.record(positions, s, i));
    return positions;
  }

  private addNonAscii(positions: (Offsets | undefined)[], text: string): void {
    if (this.nonAscii.length > 0) {
      const lower = text.toLowerCase();
      for (const id of this.nonAscii) {
        const k = [...this.ids].find(([, v]) => v === id)![0];
        if (lower.includes(k)) positions[id] = [];
      }
    }
  }
}
