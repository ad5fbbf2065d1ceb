// `keywarden scan --history` and the editor's Scan Git History: the lines every commit added (git-log.ts),
// through the same engine as the working tree. Each secret is reported once, at the first commit that added it, with how many
// commits added it; suppression comments apply (they are in the scanned lines) and so does the baseline.
import { legacyValueFingerprint } from '../detect/fingerprint';
import { copyFinding, type Scanner } from '../detect/scanner';
import type { Finding, RuleFault } from '../detect/types';
import { readHistory, type HistoryOptions } from './git-log';

/** Where the history scan first saw a secret: the oldest commit that added it, and how many commits did. */
export interface HistoryOrigin {
  commit: string;
  author: string;
  /** ISO 8601 author date. */
  date: string;
  commits: number;
}

export type HistoryFinding = Finding & { history: HistoryOrigin };

export interface HistoryScan {
  findings: HistoryFinding[];
  commits: number;
  /** Bytes of patch text read from git. */
  bytes: number;
  /** File patches scanned (a file changed in a commit). */
  patches: number;
  faults: RuleFault[];
}

/** Finds the secrets added anywhere in the history. `onProgress` gets the commits and bytes read so far. */
export async function scanHistory(
  root: string,
  scanner: Scanner,
  opts: HistoryOptions & { onProgress?: (commits: number, bytes: number) => void },
): Promise<HistoryScan> {
  // Per secret (rule + value, compared by hash): the oldest sighting and every commit that added it.
  const seen = new Map<string, { finding: Finding; origin: HistoryOrigin; commits: Set<string> }>();
  const faults: RuleFault[] = [];
  let patches = 0;
  const stats = await readHistory(root, opts, (patch, sofar) => {
    opts.onProgress?.(sofar.commits, sofar.bytes);
    if (scanner.isExcludedPath(patch.file)) return;
    patches++;
    const text = patch.added.map((l) => l.text).join('\n');
    for (const f of scanner.scan(text, patch.file, faults)) {
      const key = `${f.ruleId}\0${legacyValueFingerprint(text.slice(f.offset, f.endOffset))}`; // in memory only
      const line = patch.added[f.line - 1]?.line ?? f.line;
      const endLine = patch.added[f.endLine - 1]?.line ?? line;
      const { hash, date, author } = patch.commit;
      const entry = seen.get(key);
      if (entry) entry.commits.add(hash);
      // git log lists the newest first: a later sighting in the walk is an older commit.
      if (!entry || Date.parse(date) <= Date.parse(entry.origin.date)) {
        const commits = entry?.commits ?? new Set([hash]);
        seen.set(key, { finding: copyFinding(f, { line, endLine }), origin: { commit: hash, author, date, commits: 0 }, commits });
      }
    }
  });
  const findings = [...seen.values()].map(({ finding, origin, commits }) => copyFinding(finding, { history: { ...origin, commits: commits.size } }));
  return { findings, commits: stats.commits, bytes: stats.bytes, patches, faults };
}
