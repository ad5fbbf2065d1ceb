// Inline suppression comments: ours and the ones users of gitleaks, detect-secrets and secretlint already have.
import { commentSyntax, type CommentSyntax } from '../languages';
import type { LineIndex } from './line-index';

export type { CommentSyntax };

const SAME_LINE = ['gitleaks:allow', 'pragma: allowlist secret', 'secretlint-disable-line'];
const NEXT_LINE = ['keywarden:ignore-next-line', 'secretlint-disable-next-line', 'pragma: allowlist nextline secret'];
const BLOCK = [
  { start: 'keywarden:ignore-start', end: 'keywarden:ignore-end' },
  { start: 'secretlint-disable', end: 'secretlint-enable' },
];

/** Substrings one of which every marker contains: the scanner's keyword pass tells whether any is present. */
export const SUPPRESSION_MARKERS = ['keywarden:ignore', 'gitleaks:allow', 'pragma: allowlist', 'secretlint-disable'];

/** Decides, for 0-based lines, whether a finding there is suppressed. Built once per text. */
export class Suppressions {
  private readonly blocks: [number, number][] = [];

  // Markers are searched in the original text, case-insensitively: lowercasing may change offsets (İ → i̇).
  constructor(private readonly lines: LineIndex) {
    for (const { start, end } of BLOCK) {
      let from = 0;
      for (;;) {
        const s = findMarker(lines.text, start, from);
        if (s < 0) break;
        const e = findMarker(lines.text, end, s);
        const endLine = e < 0 ? Number.MAX_SAFE_INTEGER : lines.lineOf(e);
        this.blocks.push([lines.lineOf(s), endLine]);
        if (e < 0) break;
        from = e + end.length;
      }
    }
  }

  /** A finding spanning 0-based lines [first, last] is suppressed by a marker on its first or last line,
   *  a next-line marker on the line above, or a block around it. */
  isSuppressed(first: number, last = first): boolean {
    if (this.markers(first).sameLine || (last !== first && this.markers(last).sameLine)) return true;
    if (first > 0 && this.markers(first - 1).nextLine) return true;
    return this.blocks.some(([s, e]) => first >= s && first <= e);
  }

  private readonly perLine = new Map<number, { sameLine: boolean; nextLine: boolean }>();

  /** Each line is read once, however many findings share a (minified) line. */
  private markers(line: number): { sameLine: boolean; nextLine: boolean } {
    let m = this.perLine.get(line);
    if (!m) {
      const lower = this.lines.lineText(line).toLowerCase();
      m = { sameLine: sameLineMarker(lower), nextLine: NEXT_LINE.some((marker) => lower.includes(marker)) };
      this.perLine.set(line, m);
    }
    return m;
  }
}

/** `keywarden:ignore` alone (not -next-line, -start, -end), or another tool's same-line marker. */
function sameLineMarker(l: string): boolean {
  if (SAME_LINE.some((m) => l.includes(m))) return true;
  for (let i = l.indexOf('keywarden:ignore'); i >= 0; i = l.indexOf('keywarden:ignore', i + 1)) {
    if (l[i + 'keywarden:ignore'.length] !== '-') return true;
  }
  return false;
}

/** A block marker (any case), but not a longer marker that starts with it (`secretlint-disable-line`). */
function findMarker(text: string, marker: string, from: number): number {
  const re = new RegExp(marker + '(?!-)', 'gi');
  re.lastIndex = from;
  return re.exec(text)?.index ?? -1;
}

/**
 * The comment syntax for a file path or a VS Code language id, or undefined when the format has no comments
 * (JSON). Used to write suppression comments (`ignoreComment`).
 */
export function commentFor(pathOrLanguageId: string): CommentSyntax | undefined {
  return commentSyntax(pathOrLanguageId);
}

/** Whole comment text for a suppression, e.g. `// keywarden:ignore-next-line`; undefined for JSON. */
export function ignoreComment(pathOrLanguageId: string, kind: 'line' | 'next-line' = 'next-line'): string | undefined {
  const syntax = commentFor(pathOrLanguageId);
  if (!syntax) return undefined;
  const marker = kind === 'line' ? 'keywarden:ignore' : 'keywarden:ignore-next-line';
  return syntax.end ? `${syntax.start} ${marker} ${syntax.end}` : `${syntax.start} ${marker}`;
}
