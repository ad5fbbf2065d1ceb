import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'coingecko-api-key': {
    tps: [
      'COINGECKO_API_KEY=CG-m48VRk5ufgD7zQYNgliDY4LQ',
      'const coingeckoApiKey = "CG-m48VRk5ufgD7zQYNgliDY4LQ";',
      '{ "coingeckoApiKey": "CG-m48VRk5ufgD7zQYNgliDY4LQ" }',
      'coingecko_api_key: \'CG-m48VRk5ufgD7zQYNgliDY4LQ\'',
    ],
    fps: [
      'COINGECKO_API_KEY=${COINGECKO_API_KEY}',
      'COINGECKO_API_KEY=xx-xxxxxxxxxxxxxxxxxxxxxxxx',
      'COINGECKO_API_KEY=CG-m48VRk5ufg',
      'COINGECKO_ACCOUNT_ID=CG-m48VRk5ufgD7zQYNgliDY4LQ',
      'COINGECKO_API_KEY_ID=CG-m48VRk5ufgD7zQYNgliDY4LQ',
      'const requestId = "CG-m48VRk5ufgD7zQYNgliDY4LQ";',
    ],
  },
};
