// Duffel access tokens: `duffel_live_` or `duffel_test_` and 43 base64url characters.
import { tokenRule } from './token-rule';
import { modeVerdict } from './support/mode';

export const duffelAccessToken = tokenRule({
  id: 'duffel-access-token',
  provider: 'Duffel',
  description: 'Duffel access token',
  keywords: ['duffel_live_', 'duffel_test_'],
  pattern: /(?<![\w-])duffel_(?:live|test)_[\w-]{43}(?![\w-])/g,
  envVar: 'DUFFEL_ACCESS_TOKEN',
  docs: 'https://duffel.com/docs/api/overview/making-requests/authentication',
  prefixLength: 12,
  check: (secret) => modeVerdict(secret.startsWith('duffel_live_'), 'Duffel access token'),
});

export const duffelRules = [duffelAccessToken];
