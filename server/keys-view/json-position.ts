// Where in a JSON text a value lives, so a bad inventory's error item opens the file at the fault:
// `locateJsonPath(text, ['keys', 2, 'rotationDays'])` → the line and character of that value (0-based).
// Walks as deep as the path exists; a JSON syntax error is located by parsing up to it.

export interface TextPosition {
  line: number;
  character: number;
}

export function positionAt(text: string, offset: number): TextPosition {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const line = before.split('\n').length - 1;
  return { line, character: before.length - (before.lastIndexOf('\n') + 1) };
}

/** The position of the value at `path`, or of its deepest ancestor present; the start of the file if none. */
export function locateJsonPath(text: string, path: ReadonlyArray<string | number>): TextPosition {
  let offset = 0;
  try {
    const scanner = new Scanner(text);
    scanner.skipSpace();
    offset = scanner.pos;
    for (const step of path) {
      const found = scanner.enter(step);
      if (found === undefined) break;
      offset = found;
    }
  } catch {
    // malformed text: the deepest ancestor found so far is the best answer
  }
  return positionAt(text, offset);
}

/** The position of the first JSON syntax error, or undefined when the text parses. */
export function locateJsonSyntaxError(text: string): TextPosition | undefined {
  const scanner = new Scanner(text);
  try {
    scanner.skipSpace();
    scanner.skipValue();
    scanner.skipSpace();
    if (scanner.pos < text.length) throw new Error('trailing text');
    return undefined;
  } catch {
    return positionAt(text, scanner.pos);
  }
}

class Scanner {
  pos = 0;
  constructor(private readonly text: string) {}

  skipSpace(): void {
    while (/\s/.test(this.text[this.pos] ?? '')) this.pos++;
  }

  /** At an object or array: moves to the member `step` and returns its value's offset. */
  enter(step: string | number): number | undefined {
    const open = this.text[this.pos];
    if (open !== '{' && open !== '[') return undefined;
    this.pos++;
    for (let index = 0; ; index++) {
      this.skipSpace();
      if (this.text[this.pos] === (open === '{' ? '}' : ']')) return undefined;
      let key: string | number = index;
      if (open === '{') {
        key = this.readString();
        this.skipSpace();
        this.expect(':');
        this.skipSpace();
      }
      if (key === step) return this.pos;
      this.skipValue();
      this.skipSpace();
      if (this.text[this.pos] === ',') this.pos++;
      else return undefined;
    }
  }

  skipValue(): void {
    const c = this.text[this.pos];
    if (c === '"') {
      this.readString();
    } else if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      this.pos++;
      this.skipSpace();
      if (this.text[this.pos] === close) {
        this.pos++;
        return;
      }
      for (;;) {
        this.skipSpace();
        if (c === '{') {
          this.readString();
          this.skipSpace();
          this.expect(':');
          this.skipSpace();
        }
        this.skipValue();
        this.skipSpace();
        if (this.text[this.pos] === ',') this.pos++;
        else return this.expect(close);
      }
    } else {
      const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(this.text.slice(this.pos, this.pos + 64));
      if (!m) throw new Error('unexpected token');
      this.pos += m[0].length;
    }
  }

  private readString(): string {
    const m = /^"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/.exec(this.text.slice(this.pos));
    if (!m) throw new Error('bad string');
    this.pos += m[0].length;
    return JSON.parse(m[0]) as string;
  }

  private expect(c: string): void {
    if (this.text[this.pos] !== c) throw new Error(`expected ${c}`);
    this.pos++;
  }
}
