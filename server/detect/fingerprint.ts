// Fingerprints: how a value or a finding is named in files that leave the machine (inventory, baseline,
// SARIF/JSON, report) without being guessable from them. A value's fingerprint is scrypt with the project's
// salt (`.keywarden/project.json`, committed): a teammate holding the value, or a scan on another machine,
// gets the same fingerprint, while each guess in a dictionary attack costs a scrypt (1 MiB of memory, about
// a thousand sha256s) for this project alone. See SECURITY.md for the threat model.
import { createHash, createHmac, scrypt, scryptSync } from 'node:crypto';
import { shannonEntropy } from './entropy';

/** Used when a project has no salt yet (no `.keywarden/project.json`): still slow, but shared by all such projects. */
export const PUBLIC_SALT = 'keywarden-public-salt-v2';
/** scrypt cost: N=2^10, r=8 (1 MiB per guess). Changing it changes every fingerprint: bump the prefix. */
const SCRYPT = { N: 1024, r: 8, p: 1, maxmem: 4 * 1024 * 1024 } as const;
const PREFIX = 'scrypt:';
const LEGACY_PREFIX = 'sha256:';

/** Keyed by a hash of salt and value (never the value itself), so that rescans of the same text cost nothing. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 20_000;

/** `scrypt:` + 32 hex digits: a value's fingerprint in this project (salt). */
export function valueFingerprint(secret: string, salt: string = PUBLIC_SALT): string {
  const id = cacheId(secret, salt);
  let fp = cache.get(id);
  if (fp === undefined) {
    fp = PREFIX + scryptSync(secret.normalize('NFC'), `keywarden:${salt}`, 16, SCRYPT).toString('hex');
    remember(id, fp);
  }
  return fp;
}

const computing = new Map<string, Promise<void>>();

/**
 * Computes `valueFingerprint(secret, salt)` on libuv's thread pool and caches it, so that the synchronous call
 * that reads it later costs a lookup: a scan's fingerprints then use every core while the scan goes on.
 */
export function prepareValueFingerprint(secret: string, salt: string = PUBLIC_SALT): Promise<void> {
  const id = cacheId(secret, salt);
  if (cache.has(id)) return Promise.resolve();
  let pending = computing.get(id);
  if (!pending) {
    pending = new Promise<void>((resolve, reject) => {
      scrypt(secret.normalize('NFC'), `keywarden:${salt}`, 16, SCRYPT, (err, key) => {
        computing.delete(id);
        if (err) return reject(err);
        remember(id, PREFIX + key.toString('hex'));
        resolve();
      });
    });
    computing.set(id, pending);
  }
  return pending;
}

function cacheId(secret: string, salt: string): string {
  return createHash('sha256').update(`${salt}\0${secret}`, 'utf8').digest('base64');
}

function remember(id: string, fp: string): void {
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(id, fp);
}

/** The unsalted `sha256:` form written before fingerprints were keyed; read, never written. */
export function legacyValueFingerprint(secret: string): string {
  return LEGACY_PREFIX + createHash('sha256').update(secret, 'utf8').digest('hex').slice(0, 32);
}

export function isLegacyFingerprint(fingerprint: string): boolean {
  return fingerprint.startsWith(LEGACY_PREFIX);
}

/** Whether `secret` is the value `fingerprint` names, in either the keyed or the legacy form. */
export function fingerprintMatches(secret: string, fingerprint: string, salt: string = PUBLIC_SALT): boolean {
  return isLegacyFingerprint(fingerprint) ? legacyValueFingerprint(secret) === fingerprint : valueFingerprint(secret, salt) === fingerprint;
}

/**
 * A finding's fingerprint: rule, the value's keyed fingerprint and the path, and no line number, so a
 * baseline never churns. 32 hex digits (the legacy unsalted form had 40). A value that could be guessed
 * pays the scrypt; a long random one (a provider token: 24+ characters at 4+ bits each, no spaces) cannot
 * be reached by guessing at any speed, so an HMAC keyed with the salt is enough, and a scan of a tree with
 * thousands of tokens stays fast.
 */
export function findingFingerprint(ruleId: string, secret: string, path: string, salt: string = PUBLIC_SALT): string {
  const value = isGuessable(secret) ? valueFingerprint(secret, salt) : createHmac('sha256', `keywarden:${salt}`).update(secret, 'utf8').digest('hex');
  return createHash('sha256').update(`${ruleId}\0${value}\0${normalisePath(path)}`, 'utf8').digest('hex').slice(0, 32);
}

/** Readies `findingFingerprint(…, secret, …, salt)` in the background: the scrypt of a guessable value. */
export function prepareFindingFingerprint(secret: string, salt: string = PUBLIC_SALT): Promise<void> {
  return isGuessable(secret) ? prepareValueFingerprint(secret, salt) : Promise.resolve();
}

/** Whether a dictionary or brute force could find the value: short, spaced (a passphrase) or low in entropy. */
export function isGuessable(secret: string): boolean {
  return Array.from(secret).length < 24 || /\s/.test(secret) || shannonEntropy(secret) < 4;
}

/** The unsalted finding fingerprint of older baselines (sha256 of rule, secret and path): matched, never written. */
export function legacyFindingFingerprint(ruleId: string, secret: string, path: string): string {
  return createHash('sha256').update(`${ruleId}\0${secret}\0${normalisePath(path)}`, 'utf8').digest('hex').slice(0, 40);
}

function normalisePath(path: string): string {
  return path.replace(/\\/g, '/');
}
