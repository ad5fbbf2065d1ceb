// The keyword prefilter: one Aho-Corasick pass over the text finds every rule keyword (ASCII, case-insensitive)
// at once, whatever their number, at a few hundred MB/s. Calling includes() per keyword costs a pass each.
import { WasmAutomaton } from './automaton-wasm';
import { lowerBound, OffsetList } from './offset-list';

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

const ASCII = 128;
const NONE: readonly number[] = [];

export class KeywordIndex {
  private readonly ids = new Map<string, number>();
  private readonly nonAscii: number[] = [];
  private readonly nonAsciiIds = new Set<number>();
  /** Per ASCII character, its column in the automaton: the characters keywords use, case folded; 0 for others. */
  private classOf = new Uint8Array(ASCII);
  /** Columns: the ~50 characters keywords use, and 0 for all others (back to the start). */
  private width = 1;
  /**
   * The Aho-Corasick automaton, the rows where some keyword ends numbered last (one compare per character tells
   * a hit); a fresh index has none (no keyword).
   */
  private automaton?: WasmAutomaton;
  /** Keyword ids ending at reported row finalFrom + r: outIds[outStart[r] .. outStart[r + 1]). */
  private outStart = new Int32Array(1);
  private outIds = new Int32Array(0);
  private readonly lengths: number[] = [];
  private longest = 0;

  constructor(keywords: Iterable<string>) {
    const ascii: (readonly [string, number])[] = [];
    for (const raw of keywords) {
      const k = raw.toLowerCase();
      if (k.length === 0 || this.ids.has(k)) continue;
      const id = this.ids.size;
      this.ids.set(k, id);
      this.lengths.push(k.length);
      this.longest = Math.max(this.longest, k.length);
      if (/[^\x00-\x7f]/.test(k)) { this.nonAscii.push(id); this.nonAsciiIds.add(id); continue; }
      for (let i = 0; i < k.length; i++) if (this.classOf[k.charCodeAt(i)] === 0) this.classOf[k.charCodeAt(i)] = this.width++;
      ascii.push([k, id]);
    }
    // Case folding: an upper-case letter moves like its lower-case one.
    for (let c = 65; c <= 90; c++) this.classOf[c] = this.classOf[c + 32] ?? 0;
    this.build(ascii);
  }

  /** Id of a keyword for `has`/`positions`, or -1 if it was not given. */
  idOf(keyword: string): number {
    return this.ids.get(keyword.toLowerCase()) ?? -1;
  }

  private build(keywords: readonly (readonly [string, number])[]): void {
    const width = this.width;
    // The trie: child[node * width + column] → node (0: none, the root being no one's child), and per node the
    // columns it has children in.
    let size = 1;
    for (const [k] of keywords) size += k.length;
    const child = new Int32Array(size * width);
    const columns: number[][] = [];
    const own: number[][] = [];
    let n = 1;
    for (const [k, id] of keywords) {
      let node = 0;
      for (let i = 0; i < k.length; i++) {
        const column = this.classOf[k.charCodeAt(i)] ?? 0;
        const at = node * width + column;
        if (child[at] === 0) {
          child[at] = n++;
          (columns[node] ??= []).push(column);
        }
        node = child[at] ?? 0;
      }
      (own[node] ??= []).push(id);
    }
    // Breadth first, each state gets its row as it is met: from 0 up if no keyword ends there, from n - 1 down
    // if one does. A row starts as a copy of its fail state's (shallower: complete already), then its trie
    // children replace their columns. Some ~4k memcpys in place of a loop over every cell: scans build one
    // automaton per process and per worker.
    const automaton = new WasmAutomaton(this.classOf, n, width);
    const { table } = automaton;
    const rowOf = new Int32Array(n);
    const failRow = new Int32Array(n);
    const endsAt: number[][] = [];
    let low = 1;
    let high = n;
    table.fill(automaton.address(0), 0, width);
    const order = [0];
    for (let q = 0; q < order.length; q++) {
      const s = order[q] ?? 0;
      const row = (rowOf[s] ?? 0) * width;
      const fail = (failRow[s] ?? 0) * width;
      if (s !== 0) table.copyWithin(row, fail, fail + width);
      for (const column of columns[s] ?? []) {
        const c = child[s * width + column] ?? 0;
        const cFail = s === 0 ? 0 : automaton.rowAt(table[fail + column] ?? 0);
        const ends = (own[c] ?? []).concat(endsAt[cFail] ?? []);
        const cRow = ends.length > 0 ? --high : low++;
        rowOf[c] = cRow;
        failRow[c] = cFail;
        endsAt[cRow] = ends;
        table[row + column] = automaton.address(cRow);
        order.push(c);
      }
    }
    automaton.finalFrom = high;
    const flat: number[] = [];
    const outStart: number[] = [];
    for (let r = high; r < n; r++) {
      outStart.push(flat.length);
      for (const id of endsAt[r] ?? []) flat.push(id);
    }
    outStart.push(flat.length);
    this.automaton = automaton;
    this.outStart = Int32Array.from(outStart);
    this.outIds = Int32Array.from(flat);
  }

  private record(positions: number[][], reported: number, i: number): void {
    const row = reported - (this.automaton?.finalFrom ?? 0);
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
    this.automaton?.scan(text, from, to, (row, i) => this.record(positions, row, i));
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
