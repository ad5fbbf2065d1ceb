import { defineRule } from '../rule';
import { modeVerdict } from './support/mode';
import { unlessPlaceholder } from '../placeholder';

// Square: OAuth/personal access tokens are EAAA + 60 base64url characters (older ones sq0atp-); application
// secrets are sq0csp-. Sandbox credentials carry a `sandbox-` prefix. https://developer.squareup.com/docs/build-basics/access-tokens

export const squareAccessToken = defineRule({
  id: 'square-access-token',
  provider: 'Square',
  description: 'Square access token',
  keywords: ['eaaa', 'sq0atp-'],
  anchored: true,
  pattern: /(?<![\w-])(?:EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})(?![\w-])/g,
  envVar: 'SQUARE_ACCESS_TOKEN',
  validate: (secret) => unlessPlaceholder(secret.startsWith('EAAA') ? 4 : 7)(secret),
  docs: 'https://developer.squareup.com/docs/build-basics/access-tokens',
});

export const squareOauthSecret = defineRule({
  id: 'square-oauth-secret',
  provider: 'Square',
  description: 'Square application secret',
  keywords: ['sq0csp-', 'sandbox-sq0csp-'],
  anchored: true,
  pattern: /(?<![\w-])(?:sandbox-)?sq0csp-[A-Za-z0-9_-]{43}(?![\w-])/g,
  envVar: 'SQUARE_APPLICATION_SECRET',
  validate: (secret) => {
    if (unlessPlaceholder(secret.indexOf('sq0csp-') + 7)(secret) === false) return false;
    return secret.startsWith('sandbox-') ? modeVerdict(false, 'Square application secret', 'sandbox') : {};
  },
  docs: 'https://developer.squareup.com/docs/oauth-api/overview',
});

export const squareRules = [squareAccessToken, squareOauthSecret];
