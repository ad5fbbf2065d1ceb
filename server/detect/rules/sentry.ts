// Sentry: organization auth tokens (`sntrys_` + base64 JSON claims + `_` + secret), user auth tokens
// (`sntryu_` + 64 hex), and legacy DSNs that still carry the secret key (`https://public:secret@host/1`).
// Modern DSNs hold only the public key and are meant to ship in client code, so they are not reported.
import { defineRule } from '../rule';
import { looksLikePlaceholder } from './shape';
import { placeholders, snippets, tokenRule } from './token-rule';

const DOCS = 'https://docs.sentry.io/account/auth-tokens/';
const CLAIMS =
  'eyJpYXQiOjE3MzIyOTAwNTEuNDAyNjE0LCJ1cmwiOiJodHRwczovL3NlbnRyeS5pbyIsInJlZ2lvbl91cmwiOiJodHRwczovL3VzLnNlbnRyeS5pbyIsIm9yZyI6ImFjbWUifQ==';
const ORG_TOKEN = `sntrys_${CLAIMS}_wxZXFqHDD6StMKAmdqwhxesuifYxMPwKMzGOpxosCmz`;
const USER_TOKEN = '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';

export const sentryOrgToken = tokenRule({
  id: 'sentry-org-token',
  provider: 'Sentry',
  description: 'Sentry organization auth token',
  keywords: ['sntrys_'],
  pattern: /\bsntrys_eyJ[A-Za-z0-9+/]{20,600}={0,2}_[A-Za-z0-9+/]{43}(?![\w+/=-])/g,
  envVar: 'SENTRY_AUTH_TOKEN',
  docs: DOCS,
  prefixLength: 7,
  // The middle part is the token's claims: it must decode to JSON with an issue time.
  check: (secret) => {
    const claims = secret.slice(7, secret.lastIndexOf('_'));
    try {
      const parsed: unknown = JSON.parse(Buffer.from(claims, 'base64').toString('utf8'));
      return typeof parsed === 'object' && parsed !== null && 'iat' in parsed ? {} : false;
    } catch {
      return false;
    }
  },
  samples: {
    tps: [...snippets(ORG_TOKEN, 'SENTRY_AUTH_TOKEN'), `[auth]\ntoken=${ORG_TOKEN}`],
    fps: [
      ...placeholders('sntrys_', 'SENTRY_AUTH_TOKEN', 120),
      `SENTRY_AUTH_TOKEN=sntrys_eyJ${'A'.repeat(60)}_${'b'.repeat(43)}`,
      `SENTRY_AUTH_TOKEN=sntrys_eyJub3QganNvbiBhdCBhbGwsIGp1c3QgdGV4dA_wxZXFqHDD6StMKAmdqwhxesuifYxMPwKMzGOpxosCmz`,
    ],
  },
});

export const sentryUserToken = tokenRule({
  id: 'sentry-user-token',
  provider: 'Sentry',
  description: 'Sentry user auth token',
  keywords: ['sntryu_'],
  pattern: /\bsntryu_[a-f0-9]{64}\b/g,
  envVar: 'SENTRY_AUTH_TOKEN',
  docs: DOCS,
  prefixLength: 7,
  samples: {
    tps: snippets(USER_TOKEN, 'SENTRY_AUTH_TOKEN'),
    fps: [...placeholders('sntryu_', 'SENTRY_AUTH_TOKEN', 64), `SENTRY_AUTH_TOKEN=${USER_TOKEN.slice(0, 50)}`],
  },
});

const DSN = 'https://5f0e7a91c3b24d6e8a1f2c3b4d5e6f70:9c8b7a6d5e4f30211f2e3d4c5b6a7988@o482913.ingest.sentry.io/5512904';

export const sentryDsnSecret = defineRule({
  id: 'sentry-dsn-secret',
  provider: 'Sentry',
  description: 'Sentry DSN with a secret key',
  keywords: ['sentry'],
  pattern: /\bhttps?:\/\/[a-f0-9]{32}:(?<secret>[a-f0-9]{32})@[\w.-]{1,120}(?::\d{1,5})?\/(?:[\w.-]{1,60}\/){0,3}\d{1,12}\b/g,
  envVar: 'SENTRY_DSN',
  minEntropy: 3,
  docs: 'https://docs.sentry.io/concepts/key-terms/dsn-explainer/',
  validate: (secret, match) => (looksLikePlaceholder(secret) || !/sentry/i.test(match[0]) ? false : {}),
  samples: {
    tps: [`SENTRY_DSN=${DSN}`, `Sentry.init({ dsn: "${DSN}" });`, `raven:\n  dsn: 'https://5f0e7a91c3b24d6e8a1f2c3b4d5e6f70:9c8b7a6d5e4f30211f2e3d4c5b6a7988@sentry.acme.io/12'`],
    fps: [
      'SENTRY_DSN=https://5f0e7a91c3b24d6e8a1f2c3b4d5e6f70@o482913.ingest.sentry.io/5512904',
      'SENTRY_DSN=https://public:secret@sentry.example.com/1',
      'SENTRY_DSN=${SENTRY_DSN}',
      `SENTRY_DSN=https://5f0e7a91c3b24d6e8a1f2c3b4d5e6f70:${'0'.repeat(32)}@o1.ingest.sentry.io/1`,
    ],
  },
});

export const sentryRules = [sentryOrgToken, sentryUserToken, sentryDsnSecret];
