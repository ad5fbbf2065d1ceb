// Sentry: organization auth tokens (`sntrys_` + base64 JSON claims + `_` + secret), user auth tokens
// (`sntryu_` + 64 hex), and legacy DSNs that still carry the secret key (`https://public:secret@host/1`).
// Modern DSNs hold only the public key and are meant to ship in client code, so they are not reported.
import { defineRule } from '../rule';
import { isPlaceholder } from '../placeholder';
import { tokenRule } from './token-rule';

const DOCS = 'https://docs.sentry.io/account/auth-tokens/';

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
});

export const sentryDsnSecret = defineRule({
  id: 'sentry-dsn-secret',
  provider: 'Sentry',
  description: 'Sentry DSN with a secret key',
  keywords: ['sentry'],
  pattern: /\bhttps?:\/\/[a-f0-9]{32}:(?<secret>[a-f0-9]{32})@[\w.-]{1,120}(?::\d{1,5})?\/(?:[\w.-]{1,60}\/){0,3}\d{1,12}\b/g,
  envVar: 'SENTRY_DSN',
  minEntropy: 3,
  docs: 'https://docs.sentry.io/concepts/key-terms/dsn-explainer/',
  validate: (secret, match) => (isPlaceholder(secret) || !/sentry/i.test(match[0]) ? false : {}),
});

export const sentryRules = [sentryOrgToken, sentryUserToken, sentryDsnSecret];
