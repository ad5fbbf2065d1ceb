// Environment variable lookups in source code, in every language the quick fixes write: the one place that
// knows what `process.env.NAME`, `os.environ["NAME"]`, `System.getenv("NAME")`… look like. Used by the report
// (revoked keys still referenced), the sidebar's "Find references" and the hover on a lookup.
import { LineIndex } from '../detect/line-index';
import { lookupPatterns, type LookupPattern } from '../languages';

/** Every language's lookup patterns (server/languages.ts), once each, in the order that wins overlaps. */
export const ENV_LOOKUP_PATTERNS: readonly LookupPattern[] = lookupPatterns();

export interface EnvReference {
  name: string;
  /** Which pattern matched (ENV_LOOKUP_PATTERNS id). */
  pattern: string;
  /** Offset of the whole lookup in the text, and its length. */
  offset: number;
  length: number;
  /** 0-based line and character of the lookup's start (LSP-style). */
  line: number;
  character: number;
}

/** Every environment lookup in `text`, optionally only of the given names, in text order. */
export function findEnvReferences(text: string, names?: Iterable<string>): EnvReference[] {
  const wanted = names ? new Set(names) : undefined;
  const lines = new LineIndex(text);
  const out: EnvReference[] = [];
  for (const { id, regex } of ENV_LOOKUP_PATTERNS) {
    for (const m of text.matchAll(regex)) {
      const name = m.groups?.name;
      // Patterns overlap (`os.getenv(` holds PHP's `getenv(`, `$_ENV[` the shell's `$_ENV`): the first wins.
      const end = m.index + m[0].length;
      if (!name || (wanted && !wanted.has(name)) || out.some((r) => m.index < r.offset + r.length && r.offset < end)) continue;
      const line = lines.lineOf(m.index);
      out.push({ name, pattern: id, offset: m.index, length: m[0].length, line, character: m.index - lines.lineStart(line) });
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** The lookup covering `offset` (for hover), if any. */
export function envReferenceAt(text: string, offset: number): EnvReference | undefined {
  return findEnvReferences(text).find((r) => offset >= r.offset && offset <= r.offset + r.length);
}
