import { createHash } from 'node:crypto';

/**
 * Masks a secret for display: the first 4 and last 4 characters around an ellipsis (`sk_l…4f2a`).
 * Short values show less so that most of the secret is always hidden.
 */
export function redact(secret: string): string {
  const chars = Array.from(secret);
  if (chars.length <= 8) return chars.length <= 2 ? '…' : `${chars[0]}…${chars[chars.length - 1]}`;
  const keep = chars.length < 16 ? 2 : 4;
  return `${chars.slice(0, keep).join('')}…${chars.slice(-keep).join('')}`;
}

/** sha256 of a secret value, hex, for comparing values without storing them (inventory, reuse checks). */
export function valueFingerprint(secret: string): string {
  return 'sha256:' + createHash('sha256').update(secret, 'utf8').digest('hex').slice(0, 32);
}

/** Stable per-finding fingerprint: rule, secret and path, and no line number, so baselines never churn. */
export function findingFingerprint(ruleId: string, secret: string, path: string): string {
  const normalised = path.replace(/\\/g, '/');
  return createHash('sha256').update(`${ruleId}\0${secret}\0${normalised}`, 'utf8').digest('hex').slice(0, 40);
}
