import { defineRule } from '../rule';
import { judgeUrlPassword } from './support/credentials';

// Documentation examples: RFC 7617's, MDN's and RFC 6749's.
const DOCUMENTED = new Set(['Aladdin:open sesame', 'aladdin:opensesame', 's6BhdRkqt3:gX1fBat3bV']);

export const httpBasicAuth = defineRule({
  id: 'http-basic-auth',
  provider: 'HTTP',
  description: 'Credentials in an HTTP Basic Authorization header',
  keywords: ['basic'],
  anchored: true,
  pattern: /\bbasic[ \t]+(?<secret>[A-Za-z0-9+/]{8,684}={0,2})(?![A-Za-z0-9+/=])/gi,
  envVar: 'BASIC_AUTH',
  validate: (secret) => {
    if (secret.length % 4 === 1) return false;
    const text = Buffer.from(secret, 'base64').toString('utf8');
    // Base64 of text, not of random bytes or an English word read as base64 ("Basic authentication").
    if (!/^[\x20-\x7e\u00a0-\uffff]+$/.test(text) || text.includes('\ufffd')) return false;
    const colon = text.indexOf(':');
    if (colon < 0 || colon > 128 || DOCUMENTED.has(text)) return false;
    const password = text.slice(colon + 1);
    if (password.length === 0) return false;
    return judgeUrlPassword(password, text.slice(0, colon), '');
  },
  docs: 'https://datatracker.ietf.org/doc/html/rfc7617',
});

export const httpBasicAuthRules = [httpBasicAuth];
