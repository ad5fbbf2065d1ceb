// Known key values held as SHA-256 digests: a check can say "this is the key from the provider's docs" without
// the bundle carrying a key-shaped string that secret scanners (the Marketplace's, GitHub's, ours) would report.
import { createHash } from 'node:crypto';

/** What the known values look like, without giving them away: their lengths and their public prefixes. */
export interface DigestShapes {
  lengths: readonly number[];
  prefixes: readonly string[];
}

/**
 * A membership test over values given by their SHA-256 hex digests. A value whose length or prefix no known
 * value has (nearly every candidate of a scan) is answered without hashing.
 */
export function digestSet(digests: readonly string[], shapes: DigestShapes): (value: string) => boolean {
  const set = new Set(digests);
  const lengths = new Set(shapes.lengths);
  return (value) => lengths.has(value.length) && shapes.prefixes.some((p) => value.startsWith(p))
    && set.has(createHash('sha256').update(value).digest('hex'));
}
