import { defineRule } from '../rule';
import { judgeUrlPassword } from './support/credentials';

// `Authorization: Basic <base64 of user:password>` in curl commands, HTTP client code, recorded requests and
// config. The secret is the base64 credential (what a move replaces); the decoded password is judged like a
// URL's: placeholders, stand-in words and trivial passwords are not findings.
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

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
  samples: {
    tps: [
      `curl -H "Authorization: Basic ${b64('deploy-bot:Vx8qL2mRk7Tn4Wz9')}" https://api.acme.io/v1/orders`,
      `const res = await fetch(url, { headers: { Authorization: 'Basic ${b64('svc_orders:hJ3kL9mN2pQ7xR4t')}' } });`,
      `  authorization: basic ${b64('jenkins:Rk7Tn4WzVx8qL2m9')}`,
      `requests.get(url, headers={"Authorization": "Basic ${b64('api:Lm4nP8qR2sT6vY1z')}"})`,
    ],
    fps: [
      `Authorization: Basic ${b64('user:pass')}`,
      `Authorization: Basic ${b64('admin:admin')}`,
      'Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
      'Authorization: Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW',
      'const header = "Basic " + Buffer.from(`${user}:${pass}`).toString("base64");',
      'WWW-Authenticate: Basic realm="orders", charset="UTF-8"',
      'Basic authentication is supported for the legacy endpoints.',
      `Authorization: Basic ${b64('only-a-user-name-here')}`,
      `Authorization: Basic ${b64('ci:${CI_PASSWORD}')}`,
    ],
  },
});
