import { defineRule, type Verdict } from '../rule';
import { shannonEntropy } from '../entropy';

// PEM/OpenSSH/PGP private keys. The whole armored block is the secret. The body may sit in a real file,
// in a JSON/JS string with literal `\n` escapes, or in concatenated string literals, so the body class
// accepts quotes, commas, `+` and backslashes; single dashes are allowed (Proc-Type/DEK-Info headers) but
// never `--`, so the body cannot run past an END line, and it is bounded to 16 KB.
const PATTERN =
  /(?<secret>-----BEGIN (?<label>(?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----(?<body>(?:[A-Za-z0-9+/=\s\\:,"'`]|-(?!-)){40,16384})-----END \k<label>-----)/g;

const OPENSSH_MAGIC = 'openssh-key-v1\0';

/** The base64 payload of an armored body, without string-literal syntax, headers or the PGP checksum. */
export function pemPayload(body: string): string {
  const lines = body
    .replace(/["'`][\s+,]*["'`]/g, '') // "…\n" + "…" and ["…", "…"] joins
    .replace(/\\[nrt]/g, '\n')
    .split(/\r?\n/)
    .map((line) => line.replace(/["'`,\s\\]/g, ''))
    .filter((line) => line !== '' && !line.includes(':')); // Proc-Type:, DEK-Info:, Comment:, Version:
  if (lines.length > 1 && /^=[A-Za-z0-9+/]{4}$/.test(lines[lines.length - 1]!)) lines.pop(); // PGP CRC24
  return lines.join('');
}

/** Does the decoded payload start the way its label says: DER SEQUENCE, OpenSSH magic, PGP packet tag? */
function structureFits(label: string, der: Buffer): boolean {
  if (label.startsWith('OPENSSH')) return der.subarray(0, OPENSSH_MAGIC.length).toString('latin1') === OPENSSH_MAGIC;
  if (label.startsWith('PGP')) return (der[0]! & 0x80) !== 0;
  return der[0] === 0x30;
}

/** Printable text, as base64 of a sentence decodes to; key material never does. */
export function isText(bytes: Buffer): boolean {
  let printable = 0;
  for (const b of bytes) if ((b >= 0x20 && b < 0x7f) || b === 0x0a) printable++;
  return bytes.length > 0 && printable / bytes.length > 0.95;
}

export function describe(label: string, encrypted: boolean): string {
  const kind = label.startsWith('PGP')
    ? 'PGP private key block'
    : label.startsWith('OPENSSH')
      ? 'OpenSSH private key'
      : label.startsWith('RSA') || label.startsWith('EC') || label.startsWith('DSA')
        ? `${label.split(' ')[0]} private key`
        : 'PKCS#8 private key';
  return encrypted ? `Encrypted ${kind} (passphrase-protected)` : kind;
}

export const privateKey = defineRule({
  id: 'private-key',
  provider: 'Private key',
  description: 'Private key',
  keywords: ['private key'],
  pattern: PATTERN,
  envVar: 'PRIVATE_KEY',
  validate: (_secret, m): Verdict | false => {
    const label = m.groups!.label!;
    const body = m.groups!.body!;
    const payload = pemPayload(body);
    // Shortest real key: an Ed25519 PKCS#8 key is 48 bytes = 64 base64 characters. Shorter, or low entropy,
    // is a placeholder (`...`, `xxxx`, `<your key>`), not a damaged key.
    if (payload.length < 64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(payload) || shannonEntropy(payload) < 4) return false;
    const legacyEncrypted = /Proc-Type:\s*4,ENCRYPTED/.test(body);
    const der = Buffer.from(payload.slice(0, payload.length - (payload.length % 4)), 'base64');
    if (isText(der)) return false; // base64 of a sentence in docs
    // A BEGIN … PRIVATE KEY block is a leak whatever its body: one that lost characters or does not start as its
    // label says (legacy-encrypted bodies are ciphertext) is still reported, with low confidence.
    if (payload.length % 4 !== 0 || (!legacyEncrypted && !structureFits(label, der))) {
      return { confidence: 'low', description: `${describe(label, false)} (damaged or truncated body)` };
    }
    const encrypted =
      legacyEncrypted ||
      label.startsWith('ENCRYPTED') ||
      (label.startsWith('OPENSSH') && !der.subarray(15, 40).toString('latin1').includes('none'));
    return encrypted
      ? { severity: 'warning', confidence: 'medium', description: describe(label, true) }
      : { description: describe(label, false) };
  },
  docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Cryptographic_Storage_Cheat_Sheet.html#key-storage',
});

// PuTTY's .ppk format (v2/v3): headers, public lines, then `Private-Lines: N` and the private blob. The
// whole file is the secret. Each line is either `Name: value` or base64, never both, so the line loop
// cannot backtrack over itself.
const PPK =
  /(?<secret>PuTTY-User-Key-File-[23]: [\w@.-]{3,60}\r?\n(?:[A-Za-z0-9-]{1,30}: [^\r\n]{0,200}\r?\n|[A-Za-z0-9+/=]{1,80}\r?\n){1,80}?Private-Lines: [0-9]{1,3}\r?\n(?<private>(?:[A-Za-z0-9+/=]{1,80}(?:\r?\n|$)){1,80})(?:Private-MAC: [0-9a-f]{40,64})?)/g;

export const puttyPrivateKey = defineRule({
  id: 'putty-private-key',
  provider: 'Private key',
  description: 'PuTTY private key (.ppk)',
  keywords: ['putty-user-key-file'],
  anchored: true,
  pattern: PPK,
  envVar: 'SSH_PRIVATE_KEY',
  validate: (secret, m): Verdict | false => {
    const payload = m.groups!.private!.replace(/\s/g, '');
    if (payload.length < 24 || !/^[A-Za-z0-9+/]+={0,2}$/.test(payload) || shannonEntropy(payload) < 3.5) return false;
    const encryption = /\nEncryption: ([\w-]+)/.exec(secret)?.[1];
    return encryption === 'none'
      ? {}
      : { severity: 'warning', confidence: 'medium', description: 'Encrypted PuTTY private key (passphrase-protected)' };
  },
  docs: 'https://the.earth.li/~sgtatham/putty/latest/htmldoc/AppendixC.html',
});

export const privateKeyRules = [privateKey, puttyPrivateKey];
