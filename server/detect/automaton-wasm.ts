// The keyword automaton's inner loop in WebAssembly: one table load per character, no string dispatch and no
// bounds checks, about twice the pace of the same loop in JavaScript (the keyword pass was the biggest single
// cost of a scan). The function is a dozen instructions, assembled here by hand; its WAT is in the comments.

// Memory layout, in bytes. Character classes for every UTF-16 unit (0 beyond ASCII), the scan's state
// between calls, the hits of one call, the transition table, then one chunk of text as UTF-16.
const CLASSES = 0;
const STATE = 65_536;
const OUT = STATE + 8;
const OUT_BYTES = 64 * 1024;
const TABLE = OUT + OUT_BYTES;
/** Characters copied in per call: memory stays bounded whatever the text's size. */
const CHUNK = 64 * 1024;

const uleb = (n: number): number[] => {
  const out: number[] = [];
  do {
    const low = n & 0x7f;
    n >>>= 7;
    out.push(n ? low | 0x80 : low);
  } while (n);
  return out;
};
/** A signed LEB128 for the non-negative constants below: one more byte when bit 6 of the last group is set. */
const sleb = (n: number): number[] => {
  const out = uleb(n);
  return (out[out.length - 1] ?? 0) & 0x40 ? [...out.slice(0, -1), (out[out.length - 1] ?? 0) | 0x80, 0] : out;
};
const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];
const vec = (items: number[][]) => [...uleb(items.length), ...items.flat()];
const name = (s: string) => [...uleb(s.length), ...Buffer.from(s, 'ascii')];

const I32 = 0x7f;
// Parameters: p (address of the next character), end, out (next hit slot), outEnd, s (state: its row's address),
// final (rows from here on end a keyword).
const [P, END, OUT_AT, OUT_END, S, FINAL] = [0, 1, 2, 3, 4, 5];
const BODY = [
  0x02, 0x40, //                     block
  0x03, 0x40, //                       loop
  0x20, P, 0x20, END, 0x4f, 0x0d, 1, //  br_if 1 (p >= end)
  0x20, S, //                            s = i32.load(s + (classes[load16_u(p)] << 2))
  0x20, P, 0x2f, 1, 0, 0x2d, 0, CLASSES, 0x41, 2, 0x74, 0x6a, 0x28, 2, 0, 0x21, S,
  0x20, P, 0x41, 2, 0x6a, 0x21, P, //    p += 2
  0x20, S, 0x20, FINAL, 0x4f, 0x04, 0x40, // if (s >= final)
  0x20, OUT_AT, 0x20, S, 0x36, 2, 0, //    i32.store(out, s)
  0x20, OUT_AT, 0x20, P, 0x36, 2, 4, //    i32.store(out + 4, p)
  0x20, OUT_AT, 0x41, 8, 0x6a, 0x22, OUT_AT, 0x20, OUT_END, 0x4f, 0x0d, 2, // out += 8; br_if 2 (out >= outEnd)
  0x0b, //                               end if
  0x0c, 0, //                            br 0
  0x0b, 0x0b, //                       end loop, end block
  0x41, ...sleb(STATE), 0x20, S, 0x36, 2, 0, //      i32.store(STATE, s)
  0x41, ...sleb(STATE), 0x20, OUT_AT, 0x36, 2, 4, // i32.store(STATE + 4, out)
  0x20, P, //                          return p
  0x0b,
];
const MODULE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, vec([[0x60, ...vec([[I32], [I32], [I32], [I32], [I32], [I32]]), ...vec([[I32]])]])), // type
  ...section(2, vec([[...name('env'), ...name('memory'), 0x02, 0x00, 1]])), // import env.memory, at least 1 page
  ...section(3, vec([[0]])), // function
  ...section(7, vec([[...name('scan'), 0x00, 0]])), // export func 0
  ...section(10, vec([[...uleb(BODY.length + 1), 0, ...BODY]])), // code: no locals
]);
/** The little of the WebAssembly API used here (the project's lib settings carry no DOM types). */
interface Wasm {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
  Memory: new (descriptor: { initial: number }) => { buffer: ArrayBuffer };
}
const wasm = (globalThis as unknown as { WebAssembly: Wasm }).WebAssembly;
let compiled: object | undefined;

/**
 * A DFA over texts, its table in WebAssembly memory: `classOf` maps ASCII characters to columns (all others to
 * 0), row r's `width` entries are at table[r * width .. ], each the `address` of the next state's row; row 0 is
 * the start, and rows from `finalFrom` on report.
 */
export class WasmAutomaton {
  /** The transitions, to fill before scanning: entry r * width + column holds `address(next row)`. */
  readonly table: Int32Array;
  /** Rows from this one on are reported (none at first). */
  finalFrom: number;
  private readonly memory: { buffer: ArrayBuffer };
  private readonly run: (p: number, end: number, out: number, outEnd: number, s: number, final: number) => number;
  private readonly rowBytes: number;
  private readonly text: number;

  constructor(classOf: Uint8Array, rows: number, width: number) {
    this.rowBytes = width * 4;
    this.text = TABLE + rows * this.rowBytes;
    this.memory = new wasm.Memory({ initial: Math.ceil((this.text + CHUNK * 2) / 65_536) });
    compiled ??= new wasm.Module(MODULE);
    const instance = new wasm.Instance(compiled, { env: { memory: this.memory } });
    this.run = instance.exports.scan as WasmAutomaton['run'];
    new Uint8Array(this.memory.buffer, CLASSES, classOf.length).set(classOf);
    this.table = new Int32Array(this.memory.buffer, TABLE, rows * width);
    this.finalFrom = rows;
  }

  /** What the table holds for a transition to `row`: its address, so that the loop adds no base. */
  address(row: number): number {
    return TABLE + row * this.rowBytes;
  }

  /** The row a table entry leads to. */
  rowAt(entry: number): number {
    return (entry - TABLE) / this.rowBytes;
  }

  /** Calls `found(row, i)` for each character i in [from, to) after which the automaton is in a reported row. */
  scan(text: string, from: number, to: number, found: (row: number, i: number) => void): void {
    const bytes = Buffer.from(this.memory.buffer);
    const words = new Int32Array(this.memory.buffer);
    const final = this.address(this.finalFrom);
    let s = TABLE;
    for (let at = from; at < to; at += CHUNK) {
      const length = Math.min(CHUNK, to - at);
      bytes.write(length === text.length ? text : text.substring(at, at + length), this.text, 'utf16le');
      const stop = this.text + length * 2;
      for (let p = this.text; p < stop;) {
        p = this.run(p, stop, OUT, OUT + OUT_BYTES, s, final);
        s = words[STATE >> 2] ?? TABLE;
        for (let w = OUT >> 2, end = (words[(STATE >> 2) + 1] ?? OUT) >> 2; w < end; w += 2) {
          found(this.rowAt(words[w] ?? TABLE), at + (((words[w + 1] ?? this.text) - this.text) >> 1) - 1);
        }
      }
    }
  }
}
