// age encryption secret keys: Bech32 with the human-readable part "AGE-SECRET-KEY-", so the last six
// characters are a checksum we can verify; a key that fails it is reported with low confidence.
import { tokenRule } from './token-rule';

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATORS = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

/** BIP-173 Bech32 checksum check of a whole string (case-insensitive). */
export function isValidBech32(value: string): boolean {
  const s = value.toLowerCase();
  const sep = s.lastIndexOf('1');
  if (sep < 1 || sep + 7 > s.length) return false;
  const hrp = s.slice(0, sep);
  const values: number[] = [];
  for (const ch of hrp) values.push(ch.charCodeAt(0) >> 5);
  values.push(0);
  for (const ch of hrp) values.push(ch.charCodeAt(0) & 31);
  for (const ch of s.slice(sep + 1)) {
    const v = CHARSET.indexOf(ch);
    if (v < 0) return false;
    values.push(v);
  }
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GENERATORS[i]!;
  }
  return chk === 1;
}

export const ageSecretKey = tokenRule({
  id: 'age-secret-key',
  provider: 'age',
  description: 'age encryption secret key',
  keywords: ['age-secret-key-1'],
  pattern: /\bAGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\b/g,
  envVar: 'SOPS_AGE_KEY',
  docs: 'https://github.com/FiloSottile/age#readme',
  prefixLength: 16,
  checksum: isValidBech32,
});

export const ageRules = [ageSecretKey];
