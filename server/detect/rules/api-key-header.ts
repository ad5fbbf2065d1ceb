import { defineRule, type Verdict } from '../rule';
import { looksLikeSecret } from './generic-assignment';

// API keys sent in request headers: `-H "X-API-Key: …"` in curl and HTTP files, and header maps and setters in
// code (`'x-api-key': '…'`, `Header.Set("X-API-Key", "…")`, `headers["Private-Token"] = "…"`), plus
// `Authorization: Bearer|Token …`. A UUID or a hex string there is a key (the same UUID under `X-Request-Id` is
// an id and never matches). Values are judged like generic tokens: lookups, placeholders and words are not keys.
const NAMES = ['x-api-key', 'x-apikey', 'api-key', 'x-api-token', 'x-auth-token', 'x-access-token', 'private-token', 'x-vault-token', 'authorization'];

const apiKeyHeader = defineRule({
  id: 'api-key-header',
  provider: 'HTTP',
  description: 'API key in a request header',
  keywords: NAMES,
  anchored: true,
  pattern: new RegExp(
    `(?<name>${NAMES.join('|')})(?:[ \\t]*:[ \\t]*|["'\`][ \\t]*(?::|=>|,|\\][ \\t]*=)[ \\t]*["'\`])` +
      `(?:(?<scheme>bearer|token)[ \\t]+)?(?<secret>[A-Za-z0-9._~+/=-]{16,256})(?![A-Za-z0-9._~+/=-])`,
    'gi',
  ),
  envVar: 'API_KEY',
  validate: (secret, m, ctx): Verdict | false => {
    const before = ctx.text[m.index - 1] ?? '';
    if (/[\w-]/.test(before)) return false; // `my-x-api-key-header`, `proxy-authorization`
    const name = m.groups!.name!.toLowerCase();
    if (name === 'authorization' && !m.groups!.scheme) return false; // Basic: http-basic-auth decodes it
    if (!looksLikeSecret(secret, 'token', { path: ctx.path, quoted: true, sensitivity: 'medium', allowUuid: true })) return false;
    return name === 'authorization' ? { description: 'Token in an Authorization header' } : {};
  },
  docs: 'https://owasp.org/www-project-api-security/',
});

export const apiKeyHeaderRules = [apiKeyHeader];
