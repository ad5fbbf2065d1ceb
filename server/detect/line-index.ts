/** Offsets of line starts, built once per text, so offset → line/column is a binary search. */
export class LineIndex {
  private readonly starts: number[];

  constructor(readonly text: string, starts?: number[]) {
    if (starts) {
      this.starts = starts;
      return;
    }
    this.starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /**
   * The index of `text`, which differs from this index's text only in [start, oldEnd), now [start, newEnd):
   * line starts outside the edit are kept (shifted after it), so a keystroke does not search the whole text.
   */
  edited(text: string, start: number, oldEnd: number, newEnd: number): LineIndex {
    const old = this.starts;
    const delta = newEnd - oldEnd;
    const starts: number[] = [];
    let i = 0;
    for (let s = old[i]; s !== undefined && s <= start; s = old[++i]) starts.push(s);
    for (let n = text.indexOf('\n', start); n !== -1 && n < newEnd; n = text.indexOf('\n', n + 1)) starts.push(n + 1);
    while ((old[i] ?? Infinity) <= oldEnd) i++;
    for (let s = old[i]; s !== undefined; s = old[++i]) starts.push(s + delta);
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? Infinity) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** 1-based line and UTF-16 column, as LSP and VS Code count them. */
  position(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    return { line: line + 1, column: offset - this.lineStart(line) + 1 };
  }

  /** Start offset of a 0-based line. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))] ?? 0; // starts always holds line 0
  }

  /** End offset of a 0-based line, without its `\n` or `\r\n`. */
  lineEnd(line: number): number {
    const next = this.starts[line + 1];
    let end = next !== undefined ? next - 1 : this.text.length;
    if (end > this.lineStart(line) && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** Text of a 0-based line, without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
}
