import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'twelvedata-api-key': {
    tps: [
      'TWELVEDATA_API_KEY=7f1a2261e67e03aa986e3612ff55430b',
      'const twelvedataApiKey = "7f1a2261e67e03aa986e3612ff55430b";',
      '{ "twelvedataApiKey": "7f1a2261e67e03aa986e3612ff55430b" }',
      'twelvedata_api_key: \'7f1a2261e67e03aa986e3612ff55430b\'',
    ],
    fps: [
      'TWELVEDATA_API_KEY=${TWELVEDATA_API_KEY}',
      'TWELVEDATA_API_KEY=00000000000000000000000000000000',
      'TWELVEDATA_API_KEY=7f1a2261e67e03aa',
      'TWELVEDATA_ACCOUNT_ID=7f1a2261e67e03aa986e3612ff55430b',
      'TWELVEDATA_API_KEY_ID=7f1a2261e67e03aa986e3612ff55430b',
      'const requestId = "7f1a2261e67e03aa986e3612ff55430b";',
    ],
  },
};
