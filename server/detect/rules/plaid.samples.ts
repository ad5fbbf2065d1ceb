import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'plaid-access-token': {
    tps: [
      'PLAID_ACCESS_TOKEN=access-production-aae53915-fbf0-4594-bfba-c5f389e0032a',
      "const { data } = await plaid.accountsGet({ access_token: 'access-sandbox-9068d9dc-030f-4b8c-8cda-7ead551f1bd9' });",
    ],
    fps: ['PLAID_ACCESS_TOKEN=access-sandbox-00000000-0000-0000-0000-000000000000', 'PLAID_ACCESS_TOKEN=access-production-<uuid>'],
  },
  'plaid-secret': {
    tps: ['PLAID_SECRET=3901bf82b9bb110c7ffa3f9b7ce4d3', "  plaidSecret: '3901bf82b9bb110c7ffa3f9b7ce4d3',"],
    fps: ['PLAID_SECRET=your_plaid_secret', 'PLAID_SECRET=000000000000000000000000000000', 'PLAID_CLIENT_ID=5f2b8c9d0e1a2b3c4d5e6f70'],
  },
};
