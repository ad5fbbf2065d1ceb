import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'geoapify-api-key': {
    tps: [
      'GEOAPIFY_API_KEY=836468ec136131146c8fa80415f9e830',
      'const geoapifyApiKey = "836468ec136131146c8fa80415f9e830";',
      '{ "geoapifyApiKey": "836468ec136131146c8fa80415f9e830" }',
      'geoapify_api_key: \'836468ec136131146c8fa80415f9e830\'',
    ],
    fps: [
      'GEOAPIFY_API_KEY=${GEOAPIFY_API_KEY}',
      'GEOAPIFY_API_KEY=00000000000000000000000000000000',
      'GEOAPIFY_API_KEY=836468ec13613114',
      'GEOAPIFY_ACCOUNT_ID=836468ec136131146c8fa80415f9e830',
      'GEOAPIFY_API_KEY_ID=836468ec136131146c8fa80415f9e830',
      'const requestId = "836468ec136131146c8fa80415f9e830";',
    ],
  },
};
