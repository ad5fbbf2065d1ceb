import { defineRule, type Verdict } from '../rule';
import { shannonEntropy } from '../entropy';
import { describe, isText, pemPayload } from './private-key';

// A private key block cut off before its END line: a key pasted into a JSON or YAML value and truncated, a log
// line, a diff. Most of a key is still a leak (an RSA key's primes follow early in its body). `private-key`
// reports whole blocks; this one only a BEGIN line and at least two lines of key body with no END after them.
// The body is captured atomically (lookahead + backreference), so the END check cannot backtrack into it.
const SEP = `(?:[ \\t\\r\\n"'\`+,]|\\\\[nrt]){0,12}`;
const privateKeyTruncated = defineRule({
  id: 'private-key-truncated',
  provider: 'Private key',
  description: 'Truncated private key (no END line)',
  keywords: ['private key'],
  pattern: new RegExp(
    `(?<secret>-----BEGIN (?<label>(?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----` +
      `(?=(?<body>(?:${SEP}[A-Za-z0-9+/=]{1,128}){2,300}))\\k<body>)(?!${SEP}-----END)`,
    'g',
  ),
  confidence: 'medium',
  envVar: 'PRIVATE_KEY',
  validate: (_secret, m): Verdict | false => {
    const payload = pemPayload(m.groups!.body!);
    if (payload.length < 128 || shannonEntropy(payload) < 4.5) return false;
    if (isText(Buffer.from(payload.slice(0, payload.length - (payload.length % 4)), 'base64'))) return false;
    return { description: `${describe(m.groups!.label!, false)}, truncated (no END line)` };
  },
  docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Cryptographic_Storage_Cheat_Sheet.html#key-storage',
});

export const privateKeyTruncatedRules = [privateKeyTruncated];
