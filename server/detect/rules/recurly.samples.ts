import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'recurly-api-key': {
    tps: [
      'RECURLY_API_KEY=87c22090e6ea730bff6600f0ba6f7c14',
      'const recurlyApiKey = "87c22090e6ea730bff6600f0ba6f7c14";',
      '{ "recurlyApiKey": "87c22090e6ea730bff6600f0ba6f7c14" }',
      'recurly_api_key: \'87c22090e6ea730bff6600f0ba6f7c14\'',
    ],
    fps: [
      'RECURLY_API_KEY=${RECURLY_API_KEY}',
      'RECURLY_API_KEY=00000000000000000000000000000000',
      'RECURLY_API_KEY=87c22090e6ea730b',
      'RECURLY_ACCOUNT_ID=87c22090e6ea730bff6600f0ba6f7c14',
      'RECURLY_API_KEY_ID=87c22090e6ea730bff6600f0ba6f7c14',
      'const requestId = "87c22090e6ea730bff6600f0ba6f7c14";',
    ],
  },
};
