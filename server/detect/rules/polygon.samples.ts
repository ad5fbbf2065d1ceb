import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'polygon-api-key': {
    tps: [
      'POLYGON_API_KEY=habw9ZtbriDCX3E7F1rl3s6deLNjNsno',
      'const polygonApiKey = "habw9ZtbriDCX3E7F1rl3s6deLNjNsno";',
      '{ "polygonApiKey": "habw9ZtbriDCX3E7F1rl3s6deLNjNsno" }',
      'polygon_api_key: \'habw9ZtbriDCX3E7F1rl3s6deLNjNsno\'',
    ],
    fps: [
      'POLYGON_API_KEY=${POLYGON_API_KEY}',
      'POLYGON_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'POLYGON_API_KEY=habw9ZtbriDCX3E7',
      'POLYGON_ACCOUNT_ID=habw9ZtbriDCX3E7F1rl3s6deLNjNsno',
      'POLYGON_API_KEY_ID=habw9ZtbriDCX3E7F1rl3s6deLNjNsno',
      'const requestId = "habw9ZtbriDCX3E7F1rl3s6deLNjNsno";',
    ],
  },
};
