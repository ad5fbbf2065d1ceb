import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'lithic-api-key': {
    tps: [
      'LITHIC_API_KEY=ed125067-cb0a-420c-b1e1-b333b5c85227',
      'const lithicApiKey = "ed125067-cb0a-420c-b1e1-b333b5c85227";',
      '{ "lithicApiKey": "ed125067-cb0a-420c-b1e1-b333b5c85227" }',
      'lithic_api_key: \'ed125067-cb0a-420c-b1e1-b333b5c85227\'',
    ],
    fps: [
      'LITHIC_API_KEY=${LITHIC_API_KEY}',
      'LITHIC_API_KEY=00000000-0000-0000-0000-000000000000',
      'LITHIC_API_KEY=ed125067-cb0a-420c',
      'LITHIC_ACCOUNT_ID=ed125067-cb0a-420c-b1e1-b333b5c85227',
      'LITHIC_API_KEY_ID=ed125067-cb0a-420c-b1e1-b333b5c85227',
      'const requestId = "ed125067-cb0a-420c-b1e1-b333b5c85227";',
    ],
  },
};
