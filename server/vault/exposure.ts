// Was a value ever committed? Every ref's history is streamed through this process (git-log.ts) and each
// added line compared in memory, so the value never reaches git's argv, a file or a pattern git could log.
import { runGit } from './git';
import { readHistory } from './git-log';
import type { Exposure } from './inventory';

/** How long a move waits for the history walk before recording "not checked" rather than hanging the editor. */
export const DEFAULT_EXPOSURE_TIMEOUT_MS = 20_000;

export interface ExposureCheck {
  /** Per value: where history holds it; a value absent here was not found. */
  found: Map<string, Exposure>;
  /** False when the walk was cut short (timeout) or impossible (not a repository): absence proves nothing. */
  complete: boolean;
  /** Why it is incomplete, in words for a message. */
  reason?: string;
}

/** Looks every value up in the added lines of every commit on every ref. */
export async function findExposures(root: string, values: string[], timeoutMs = DEFAULT_EXPOSURE_TIMEOUT_MS): Promise<ExposureCheck> {
  const found = new Map<string, Exposure>();
  // A multi-line value (a PEM key) is matched by its longest line: patches are compared line by line.
  const needles = [...new Set(values)].filter(Boolean).map((value) => ({ value, needle: longestLine(value) }));
  if (needles.length === 0) return { found, complete: true };
  // Outside a repository nothing was ever committed.
  if ((await runGit(root, ['rev-parse', '--is-inside-work-tree'])).code !== 0) return { found, complete: true };
  const seen = new Map<string, { commits: Set<string>; files: Set<string>; first?: { hash: string; date: string } }>();
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    await readHistory(root, { signal: abort.signal }, (patch) => {
      for (const { value, needle } of needles) {
        if (!patch.added.some((l) => l.text.includes(needle))) continue;
        const s = seen.get(value) ?? { commits: new Set(), files: new Set() };
        seen.set(value, s);
        s.commits.add(patch.commit.hash);
        s.files.add(patch.file);
        if (!s.first || Date.parse(patch.commit.date) <= Date.parse(s.first.date)) s.first = { hash: patch.commit.hash, date: patch.commit.date };
      }
    });
  } catch (err) {
    return { found, complete: false, reason: (err as Error).message };
  } finally {
    clearTimeout(timer);
  }
  for (const [value, s] of seen) {
    found.set(value, {
      firstCommit: s.first!.hash,
      firstSeen: new Date(s.first!.date).toISOString(),
      commits: s.commits.size,
      files: [...s.files].sort(),
    });
  }
  if (abort.signal.aborted) return { found, complete: false, reason: `the git history took longer than ${Math.round(timeoutMs / 1000)} s to search` };
  return { found, complete: true };
}

function longestLine(value: string): string {
  return value.split(/\r?\n/).reduce((a, b) => (b.trim().length > a.trim().length ? b : a), '').trim() || value;
}
