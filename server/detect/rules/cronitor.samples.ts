import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'cronitor-api-key': {
    tps: [
      'CRONITOR_API_KEY=c5b4e14442e48cbc13a41523c2328f9e',
      'const cronitorApiKey = "c5b4e14442e48cbc13a41523c2328f9e";',
      '{ "cronitorApiKey": "c5b4e14442e48cbc13a41523c2328f9e" }',
      'cronitor_api_key: \'c5b4e14442e48cbc13a41523c2328f9e\'',
    ],
    fps: [
      'CRONITOR_API_KEY=${CRONITOR_API_KEY}',
      'CRONITOR_API_KEY=00000000000000000000000000000000',
      'CRONITOR_API_KEY=c5b4e14442e48cbc',
      'CRONITOR_ACCOUNT_ID=c5b4e14442e48cbc13a41523c2328f9e',
      'CRONITOR_API_KEY_ID=c5b4e14442e48cbc13a41523c2328f9e',
      'const requestId = "c5b4e14442e48cbc13a41523c2328f9e";',
    ],
  },
};
