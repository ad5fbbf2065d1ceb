// Patreon creator access tokens: 43 base64url characters with no prefix, so only under a Patreon name.
import { namedRule } from './named-rule';

export const patreonAccessToken = namedRule({
  id: 'patreon-access-token',
  provider: 'Patreon',
  description: 'Patreon access token',
  keywords: ['patreon'],
  name: 'patreon',
  value: '[\\w-]{43}',
  classes: 3,
  envVar: 'PATREON_ACCESS_TOKEN',
  docs: 'https://docs.patreon.com/#clients-and-api-keys',
});

export const patreonRules = [patreonAccessToken];
