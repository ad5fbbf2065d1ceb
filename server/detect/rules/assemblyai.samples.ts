import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'assemblyai-api-key': {
    tps: [
      'ASSEMBLYAI_API_KEY=1a18f5f674e2739cdd1101c7bcbb3a68',
      'const assemblyaiApiKey = "1a18f5f674e2739cdd1101c7bcbb3a68";',
      '{ "assemblyaiApiKey": "1a18f5f674e2739cdd1101c7bcbb3a68" }',
      'assemblyai_api_key: \'1a18f5f674e2739cdd1101c7bcbb3a68\'',
    ],
    fps: [
      'ASSEMBLYAI_API_KEY=${ASSEMBLYAI_API_KEY}',
      'ASSEMBLYAI_API_KEY=00000000000000000000000000000000',
      'ASSEMBLYAI_API_KEY=1a18f5f674e2739c',
      'ASSEMBLYAI_ACCOUNT_ID=1a18f5f674e2739cdd1101c7bcbb3a68',
      'ASSEMBLYAI_API_KEY_ID=1a18f5f674e2739cdd1101c7bcbb3a68',
      'const requestId = "1a18f5f674e2739cdd1101c7bcbb3a68";',
    ],
  },
};
