import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'opencage-api-key': {
    tps: [
      'OPENCAGE_API_KEY=bb35fd31fdc3aa55d5871b89000213d8',
      'const opencageApiKey = "bb35fd31fdc3aa55d5871b89000213d8";',
      '{ "opencageApiKey": "bb35fd31fdc3aa55d5871b89000213d8" }',
      'opencage_api_key: \'bb35fd31fdc3aa55d5871b89000213d8\'',
    ],
    fps: [
      'OPENCAGE_API_KEY=${OPENCAGE_API_KEY}',
      'OPENCAGE_API_KEY=00000000000000000000000000000000',
      'OPENCAGE_API_KEY=bb35fd31fdc3aa55',
      'OPENCAGE_ACCOUNT_ID=bb35fd31fdc3aa55d5871b89000213d8',
      'OPENCAGE_API_KEY_ID=bb35fd31fdc3aa55d5871b89000213d8',
      'const requestId = "bb35fd31fdc3aa55d5871b89000213d8";',
    ],
  },
};
