// Known key values held as SHA-256 digests: a check can say "this is the key from the provider's docs" without
// the bundle carrying a key-shaped string that secret scanners (the Marketplace's, GitHub's, ours) would report.
import { createHash } from 'node:crypto';

/**
 * A membership test over values given by their SHA-256 hex digests and the lengths they come in: a length says
 * nothing of a key, and a value of any other length (nearly every candidate of a scan) skips the hash.
 */
export function digestSet(digests: readonly string[], lengths: readonly number[]): (value: string) => boolean {
  const set = new Set(digests);
  const sized = new Set(lengths);
  return (value) => sized.has(value.length) && set.has(createHash('sha256').update(value).digest('hex'));
}
