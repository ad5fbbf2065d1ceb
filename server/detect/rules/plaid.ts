import { defineRule } from '../rule';
import { assigned } from './assigned';
import { modeVerdict } from './support/mode';
import { unlessPlaceholder } from './support/placeholder';

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
  samples: {
    tps: [
      'PLAID_ACCESS_TOKEN=access-production-aae53915-fbf0-4594-bfba-c5f389e0032a',
      "const { data } = await plaid.accountsGet({ access_token: 'access-sandbox-9068d9dc-030f-4b8c-8cda-7ead551f1bd9' });",
    ],
    fps: ['PLAID_ACCESS_TOKEN=access-sandbox-00000000-0000-0000-0000-000000000000', 'PLAID_ACCESS_TOKEN=access-production-<uuid>'],
  },
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
  samples: {
    tps: ['PLAID_SECRET=3901bf82b9bb110c7ffa3f9b7ce4d3', "  plaidSecret: '3901bf82b9bb110c7ffa3f9b7ce4d3',"],
    fps: ['PLAID_SECRET=your_plaid_secret', 'PLAID_SECRET=000000000000000000000000000000', 'PLAID_CLIENT_ID=5f2b8c9d0e1a2b3c4d5e6f70'],
  },
});
