// Realistic fake credentials for tests and the bench: right prefixes, lengths, alphabets and checksums, so the
// engine's structural checks pass and a test that finds them means something. Generated, never real.
import { crc32, base62 } from '../../server/detect/rules/checksum';
import { at } from './defined';

export type Rng = () => number;

/** Deterministic PRNG (mulberry32) for reproducible corpora; tests may pass Math.random instead. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const BASE64 = ALNUM + '+/';
const HEX = '0123456789abcdef';

export function pick(rng: Rng, alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(rng() * alphabet.length)];
  return out;
}

/** One of `items`, chosen by `rng`. */
export function oneOf<T>(rng: Rng, items: readonly T[]): T {
  return at(items, Math.floor(rng() * items.length));
}

const b64url = (s: string) => Buffer.from(s).toString('base64url');

export const fake = {
  stripeLive: (rng: Rng) => `sk_live_${pick(rng, ALNUM, 24)}`,
  stripeTest: (rng: Rng) => `sk_test_${pick(rng, ALNUM, 24)}`,
  /** A classic GitHub PAT whose last 6 characters are the base62 CRC32 of the 30 before them. */
  githubPat: (rng: Rng) => {
    const body = pick(rng, ALNUM, 30);
    return `ghp_${body}${base62(crc32(body), 6)}`;
  },
  awsKeyId: (rng: Rng) => `AKIA${pick(rng, BASE32, 16)}`,
  awsSecret: (rng: Rng) => pick(rng, BASE64, 40),
  slackBot: (rng: Rng) => `xoxb-${pick(rng, '123456789', 11)}-${pick(rng, '123456789', 12)}-${pick(rng, ALNUM, 24)}`,
  /** An HS256 JWT: its header decodes to JSON with `alg`. */
  jwt: (rng: Rng) => `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url(`{"sub":"${pick(rng, HEX, 12)}","iat":1716239022}`)}.${pick(rng, ALNUM + '-_', 43)}`,
  password: (rng: Rng) => `${pick(rng, ALNUM, 6)}#${pick(rng, ALNUM, 5)}!${pick(rng, ALNUM, 5)}`,
  dbPassword: (rng: Rng) => pick(rng, ALNUM, 20),
  /** An unencrypted PKCS#8 RSA-2048 PEM block: the usual DER prefix, then a base64 body of the usual length. */
  privateKey: (rng: Rng) => {
    const body = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ' + pick(rng, BASE64, 1574);
    const lines = body.match(/.{1,64}/g)!;
    return ['-----BEGIN PRIVATE KEY-----', ...lines, '-----END PRIVATE KEY-----'].join('\n');
  },
};
