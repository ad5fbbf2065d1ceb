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

/**
 * Hits as the index keeps them: per keyword id, its offsets (undefined: not found). Typed arrays: an edit
 * copies and shifts them all (a keyword-dense file has ~100k), which is a memcpy and a tight loop this way.
 */
class Hits implements KeywordHits {
  constructor(readonly byId: readonly (Int32Array | undefined)[]) {}
  has(id: number): boolean {
    return id >= 0 && this.byId[id] !== undefined;
  }
  positions(id: number): readonly number[] {
    return Array.from(this.byId[id] ?? []);
  }
  positionsIn(id: number, from: number, until: number): readonly number[] {
    const all = this.byId[id];
    return all ? Array.from(all.subarray(lowerBound(all, from), lowerBound(all, until))) : [];
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
    if (list[mid] < x) lo = mid + 1;
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
      let s = 0;
      for (let i = 0; i < k.length; i++) {
        const c = k.charCodeAt(i);
        let n = trie[s].get(c);
        if (n === undefined) {
          n = trie.length;
          trie.push(new Map());
          ends.push([]);
          trie[s].set(c, n);
        }
        s = n;
      }
      ends[s].push(id);
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
    for (let i = 0; i < order.length; i++) {
      const s = order[i];
      for (let c = 0; c < ALPHABET; c++) {
        const next = trie[s].get(c);
        if (next !== undefined) {
          fail[next] = s === 0 ? 0 : delta[fail[s] * ALPHABET + c];
          ends[next] = ends[next].concat(ends[fail[next]]);
          delta[s * ALPHABET + c] = next;
          order.push(next);
        } else {
          delta[s * ALPHABET + c] = s === 0 ? 0 : delta[fail[s] * ALPHABET + c];
        }
      }
    }
    // Case folding: an upper-case letter moves like its lower-case one.
    for (let s = 0; s < n; s++) for (let c = 65; c <= 90; c++) delta[s * ALPHABET + c] = delta[s * ALPHABET + c + 32];
    this.delta = delta;
    this.outStart = new Int32Array(n + 1);
    const flat: number[] = [];
    for (let s = 0; s < n; s++) {
      this.outStart[s] = flat.length;
      flat.push(...ends[s]);
    }
    this.outStart[n] = flat.length;
    this.outIds = Int32Array.from(flat);
    this.final = new Uint8Array(n);
    for (let s = 0; s < n; s++) this.final[s] = ends[s].length > 0 ? 1 : 0;
  }

  private record(positions: number[][], s: number, i: number): void {
    for (let j = this.outStart[s], to = this.outStart[s + 1]; j < to; j++) {
      const id = this.outIds[j];
      (positions[id] ??= []).push(i - this.lengths[id] + 1);
    }
  }

  search(text: string): KeywordHits {
    const positions = this.scanAscii(text, 0, text.length).map((list) => (list ? Int32Array.from(list) : undefined));
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
      if (old) all.set(old.subarray(0, head));
      let k = head;
      if (found) for (const p of found) if (p < until) all[k++] = p;
      if (old) for (let i = tail; i < old.length; i++) all[k++] = old[i] + delta;
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
      s = c < ALPHABET ? delta[(s << 7) | c] : 0;
      if (final[s] === 1) this.record(positions, s, i);
    }
    return positions;
  }

  private addNonAscii(positions: (Int32Array | undefined)[], text: string): void {
    if (this.nonAscii.length > 0) {
      const lower = text.toLowerCase();
      for (const id of this.nonAscii) {
        const k = [...this.ids].find(([, v]) => v === id)![0];
        if (lower.includes(k)) positions[id] = new Int32Array(0);
      }
    }
  }
}
