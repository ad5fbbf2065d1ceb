// The masked form of a secret, safe to print anywhere: a public provider prefix (which says what the key
// is and is the same in every key of its kind) and at most 4 characters of the random part.

/** Prefixes every key of a provider starts with: showing them gives nothing away. */
const PUBLIC_PREFIX = new RegExp([
  '^(?:sk|pk|rk)_(?:live|test)_', '^whsec_', '^(?:gh[pousr]|github_pat)_', '^glpat-', '^xox[abposre]-', '^xapp-',
  '^sk-(?:proj-|ant-(?:api\\d+-|admin\\d+-)?|svcacct-|or-v1-)?', '^(?:AKIA|ASIA|AIza)', '^SG\\.', '^npm_', '^pypi-',
  '^hf_', '^shp(?:at|ss|ca|pa)_', '^dop_v1_', '^sq0(?:atp|csp)-', '^(?:lin|rnd|pat|key)_',
  // A short lowercase word and a separator, when a long random part follows (`acme_live_…`).
  '^[a-z][a-z0-9]{1,9}[_-](?:(?:live|test|prod)[_-])?(?=[^\\s]{20,}$)',
].join('|'));

/**
 * `sk_live_…4f2a`: the public prefix, then the last 4 characters of a random part of 20 or more, 2 of one
 * of 12 to 19, 1 of one of 8 to 11, and none of anything shorter (`…`).
 */
export function redact(secret: string): string {
  const prefix = PUBLIC_PREFIX.exec(secret)?.[0] ?? '';
  const rest = Array.from(secret.slice(prefix.length));
  const shown = rest.length >= 20 ? 4 : rest.length >= 12 ? 2 : rest.length >= 8 ? 1 : 0;
  return `${prefix}…${shown ? rest.slice(-shown).join('') : ''}`;
}
