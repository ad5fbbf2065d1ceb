// Gitignore-style pattern files as the `ignore` package can take them: it compiles each line to a regular
// expression and throws on one V8 refuses (a 50,000-character line), which must not stop a scan or a check.
import ignore, { type Ignore } from 'ignore';

const PROBE = '.keywarden-probe';

/** `content`'s lines that compile (all of it when every line does), and how many were left out. */
export function compilablePatterns(content: string): { patterns: string; skipped: number } {
  try {
    ignore().add(content).test(PROBE); // compiles every pattern
    return { patterns: content, skipped: 0 };
  } catch {
    const lines = content.split(/\r?\n/);
    const good = lines.filter((line) => {
      try {
        ignore().add(line).test(PROBE);
        return true;
      } catch {
        return false;
      }
    });
    return { patterns: good.join('\n'), skipped: lines.length - good.length };
  }
}

/** A matcher for `content`, leaving out the lines that do not compile (the walk warns about those). */
export function ignoreFrom(content: string): Ignore {
  return ignore().add(compilablePatterns(content).patterns);
}
