import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'sparkpost-api-key': {
    tps: [
      'SPARKPOST_API_KEY=409d0c331014daaddd6169dce5f14724d4f8e039',
      'const sparkpostApiKey = "409d0c331014daaddd6169dce5f14724d4f8e039";',
      '{ "sparkpostApiKey": "409d0c331014daaddd6169dce5f14724d4f8e039" }',
      'sparkpost_api_key: \'409d0c331014daaddd6169dce5f14724d4f8e039\'',
    ],
    fps: [
      'SPARKPOST_API_KEY=${SPARKPOST_API_KEY}',
      'SPARKPOST_API_KEY=0000000000000000000000000000000000000000',
      'SPARKPOST_API_KEY=409d0c331014daaddd61',
      'SPARKPOST_ACCOUNT_ID=409d0c331014daaddd6169dce5f14724d4f8e039',
      'SPARKPOST_API_KEY_ID=409d0c331014daaddd6169dce5f14724d4f8e039',
      'const requestId = "409d0c331014daaddd6169dce5f14724d4f8e039";',
    ],
  },
};
