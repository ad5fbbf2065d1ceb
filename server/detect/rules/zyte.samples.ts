import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'zyte-api-key': {
    tps: [
      'ZYTE_API_KEY=70093e71aaa7b9932a1c41a0b9075061',
      'const zyteApiKey = "70093e71aaa7b9932a1c41a0b9075061";',
      '{ "zyteApiKey": "70093e71aaa7b9932a1c41a0b9075061" }',
      'zyte_api_key: \'70093e71aaa7b9932a1c41a0b9075061\'',
    ],
    fps: [
      'ZYTE_API_KEY=${ZYTE_API_KEY}',
      'ZYTE_API_KEY=00000000000000000000000000000000',
      'ZYTE_API_KEY=70093e71aaa7b993',
      'ZYTE_ACCOUNT_ID=70093e71aaa7b9932a1c41a0b9075061',
      'ZYTE_API_KEY_ID=70093e71aaa7b9932a1c41a0b9075061',
      'const requestId = "70093e71aaa7b9932a1c41a0b9075061";',
    ],
  },
};
