import { defineRule } from '../rule';
import { assigned } from './assigned';
import { modeVerdict } from './support/mode';
import { unlessPlaceholder } from '../placeholder';

// Plaid: access tokens name their environment; the API secret is 30 hex digits, so it needs a Plaid name.
// https://plaid.com/docs/api/tokens/

export const plaidAccessToken = defineRule({
  id: 'plaid-access-token',
  provider: 'Plaid',
  description: 'Plaid access token',
  keywords: ['access-production-', 'access-development-', 'access-sandbox-'],
  anchored: true,
  pattern: /(?<![\w-])access-(?:production|development|sandbox)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w-])/g,
  envVar: 'PLAID_ACCESS_TOKEN',
  validate: (secret) => {
    const env = secret.split('-')[1]!;
    if (unlessPlaceholder(secret.indexOf('-', 7) + 1)(secret) === false) return false;
    return modeVerdict(env === 'production', 'Plaid access token', env);
  },
  docs: 'https://plaid.com/docs/api/tokens/',
});

export const plaidSecret = defineRule({
  id: 'plaid-secret',
  provider: 'Plaid',
  description: 'Plaid API secret',
  keywords: ['plaid'],
  anchored: true,
  pattern: new RegExp(assigned('plaid', '[0-9a-f]{30}'), 'gi'),
  envVar: 'PLAID_SECRET',
  minEntropy: 3,
  validate: unlessPlaceholder(),
  docs: 'https://plaid.com/docs/quickstart/glossary/#secret',
});

export const plaidRules = [plaidAccessToken, plaidSecret];
