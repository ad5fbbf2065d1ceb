import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'coinbase-api-secret': {
    tps: [
      'COINBASE_API_SECRET=2s7fhu9u40eiue53a4x0hrbfvr3nvxycbn8rb6goy5zb852r6e51pae0a347no3y',
      "const coinbaseAccessToken = 'ES9CmtcpIJQMZ0JyVMfIfhDGgDhnI4EoM2U9';",
    ],
    fps: [
      'COINBASE_API_SECRET=your-coinbase-api-secret',
      'COINBASE_API_KEY_NAME=organizations/org-id/apiKeys/key-id',
      'COINBASE_API_SECRET=${COINBASE_API_SECRET}',
    ],
  },
};
