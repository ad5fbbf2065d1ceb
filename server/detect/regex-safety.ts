// Whether a regex from a repository's config could backtrack catastrophically. safe-regex2 (fastify's
// maintained checker) rejects nested repetition, `(a+)+b`, the shape of exponential blow-ups. It is only a
// first gate: overlapping alternatives such as `(a|a)*c` pass it, so every custom rule also runs with a time
// budget per file (bounded-match.ts).
import safeRegex from 'safe-regex2';

/** Why `source` is unsafe, or undefined when the checker finds nothing. */
export function backtrackingRisk(source: string): string | undefined {
  // Its parser knows no lookbehind; as a group it has the same nesting, which is all that is judged here.
  const checked = source.replace(/\(\?<[=!]/g, '(?:');
  if (safeRegex(checked, { limit: Number.MAX_SAFE_INTEGER })) return undefined;
  return 'a repetition inside a repeated group, like (a+)+, can take exponential time on some input; '
    + 'rewrite it without the nesting (e.g. [a-z-]+ rather than [a-z]+(?:-[a-z]+)*)';
}
