import { OffsetList } from './offset-list';

/** Offsets of line starts, built once per text, so offset → line/column is a binary search. */
export class LineIndex {
  private readonly starts: OffsetList;

  constructor(readonly text: string, starts?: OffsetList) {
    if (starts) {
      this.starts = starts;
      return;
    }
    const list = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) list.push(i + 1);
    this.starts = OffsetList.of(list);
  }

  /**
   * The index of `text`, which differs from this index's text only in [start, oldEnd), now [start, newEnd):
   * line starts outside the edit are kept (those after it shifted by block), so a keystroke costs what it changed.
   */
  edited(text: string, start: number, oldEnd: number, newEnd: number): LineIndex {
    const added: number[] = [];
    for (let n = text.indexOf('\n', start); n !== -1 && n < newEnd; n = text.indexOf('\n', n + 1)) added.push(n + 1);
    // Line starts in (start, oldEnd] came from the old span's line breaks.
    return new LineIndex(text, this.starts.edited(start + 1, oldEnd + 1, newEnd - oldEnd, added));
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    return Math.max(0, this.starts.lowerBound(offset + 1) - 1);
  }

  /** 1-based line and UTF-16 column, as LSP and VS Code count them. */
  position(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    return { line: line + 1, column: offset - this.lineStart(line) + 1 };
  }

  /** Start offset of a 0-based line. */
  lineStart(line: number): number {
    return this.starts.at(Math.max(0, Math.min(line, this.starts.length - 1))); // starts always holds line 0
  }

  /** End offset of a 0-based line, without its `\n` or `\r\n`. */
  lineEnd(line: number): number {
    let end = line + 1 < this.starts.length ? this.starts.at(line + 1) - 1 : this.text.length;
    if (end > this.lineStart(line) && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** Text of a 0-based line, without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
}
