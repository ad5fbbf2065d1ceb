// The keyword prefilter: one Aho-Corasick pass over the text finds every rule keyword (ASCII, case-insensitive)
// at once, whatever their number, at a few hundred MB/s. Calling includes() per keyword costs a pass each.

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

/** One keyword's offsets: plain arrays from a whole-text search, typed arrays once an edit has shifted them. */
type Offsets = Int32Array | readonly number[];

/**
 * Hits as the index keeps them: per keyword id, its offsets (undefined: not found). An edit copies and shifts
 * them all (a keyword-dense file has ~100k) into typed arrays, a memcpy and a tight loop; a whole-text scan
 * keeps the arrays it built and hands them out without copying.
 */
class Hits implements KeywordHits {
  constructor(readonly byId: readonly (Offsets | undefined)[]) {}
  has(id: number): boolean {
    return id >= 0 && this.byId[id] !== undefined;
  }
  positions(id: number): readonly number[] {
    const all = this.byId[id];
    return all === undefined ? [] : all instanceof Int32Array ? Array.from(all) : all;
  }
  positionsIn(id: number, from: number, until: number): readonly number[] {
    const all = this.byId[id];
    if (!all) return [];
    const a = lowerBound(all, from);
    const b = lowerBound(all, until);
    if (all instanceof Int32Array) return Array.from(all.subarray(a, b));
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

const ALPHABET = 128;

export class KeywordIndex {
  private readonly ids = new Map<string, number>();
  private readonly nonAscii: number[] = [];
  private readonly nonAsciiIds = new Set<number>();
  /** delta[state * 128 + char] → next state, ASCII case folded. */
  private delta = new Int32Array(0);
  /** Keyword ids ending at each state: outIds[outStart[s] .. outStart[s + 1]). */
  private outStart = new Int32Array(0);
  private outIds = new Int32Array(0);
  /** 1 where some keyword ends: the hot loop reads one byte per character. */
  private final = new Uint8Array(0);
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
        const edges = trie[node] ?? new Map<number, number>();
        let n = edges.get(k.charCodeAt(i));
        if (n === undefined) {
          n = trie.length;
          trie.push(new Map());
          ends.push([]);
          edges.set(k.charCodeAt(i), n);
        }
        node = n;
      }
      ends[node]?.push(id);
    }
    this.build(trie, ends);
  }

  /** Id of a keyword for `has`/`positions`, or -1 if it was not given. */
  idOf(keyword: string): number {
    return this.ids.get(keyword.toLowerCase()) ?? -1;
  }

  private build(trie: Map<number, number>[], ends: number[][]): void {
    const n = trie.length;
    const fail = new Int32Array(n);
    const delta = new Int32Array(n * ALPHABET);
    const order: number[] = [0];
    // Typed arrays sized n and n * ALPHABET, read at states < n: an absent entry would be the root, state 0.
    for (const s of order) {
      for (let c = 0; c < ALPHABET; c++) {
        const next = trie[s]?.get(c);
        const onFail = s === 0 ? 0 : delta[(fail[s] ?? 0) * ALPHABET + c] ?? 0;
        if (next !== undefined) {
          fail[next] = onFail;
          ends[next] = [...(ends[next] ?? []), ...(ends[onFail] ?? [])];
          delta[s * ALPHABET + c] = next;
          order.push(next);
        } else {
          delta[s * ALPHABET + c] = onFail;
        }
      }
    }
    // Case folding: an upper-case letter moves like its lower-case one.
    for (let s = 0; s < n; s++) for (let c = 65; c <= 90; c++) delta[s * ALPHABET + c] = delta[s * ALPHABET + c + 32] ?? 0;
    this.delta = delta;
    this.outStart = new Int32Array(n + 1);
    const flat: number[] = [];
    for (let s = 0; s < n; s++) {
      this.outStart[s] = flat.length;
      flat.push(...(ends[s] ?? []));
    }
    this.outStart[n] = flat.length;
    this.outIds = Int32Array.from(flat);
    this.final = new Uint8Array(n);
    for (let s = 0; s < n; s++) this.final[s] = ends[s]?.length ? 1 : 0;
  }

  private record(positions: number[][], s: number, i: number): void {
    for (let j = this.outStart[s] ?? 0, to = this.outStart[s + 1] ?? 0; j < to; j++) {
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
    const positions: (Int32Array | undefined)[] = [];
    const ids = Math.max(previous.byId.length, fresh.length);
    for (let id = 0; id < ids; id++) {
      const old = previous.byId[id];
      const found = fresh[id];
      if ((old === undefined && found === undefined) || this.nonAsciiIds.has(id)) continue;
      const head = old ? lowerBound(old, from) : 0;
      const tail = old ? lowerBound(old, until - delta) : 0;
      let count = 0;
      if (found) for (const p of found) if (p < until) count++;
      const all = new Int32Array(head + count + (old ? old.length - tail : 0));
      if (all.length === 0) continue;
      if (old) all.set(old instanceof Int32Array ? old.subarray(0, head) : old.slice(0, head));
      let k = head;
      if (found) for (const p of found) if (p < until) all[k++] = p;
      if (old) for (let i = tail, p = old[i]; p !== undefined; p = old[++i]) all[k++] = p + delta;
      positions[id] = all;
    }
    this.addNonAscii(positions, text);
    return new Hits(positions);
  }

  /** ASCII keywords starting in [from, to) and ending before `to`. */
  private scanAscii(text: string, from: number, to: number): number[][] {
    const positions: number[][] = [];
    const { delta, final } = this;
    let s = 0;
    for (let i = from, n = to; i < n; i++) {
      const c = text.charCodeAt(i);
      s = c < ALPHABET ? delta[(s << 7) | c] ?? 0 : 0;
      if (final[s] === 1) this.record(positions, s, i);
    }
    return positions;
  }

  private addNonAscii(positions: (Offsets | undefined)[], text: string): void {
    if (this.nonAscii.length > 0) {
      const lower = text.toLowerCase();
      for (const id of this.nonAscii) {
        const k = [...this.ids].find(([, v]) => v === id)![0];
        if (lower.includes(k)) positions[id] = new Int32Array(0);
      }
    }
  }
}
