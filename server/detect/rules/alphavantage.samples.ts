import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'alphavantage-api-key': {
    tps: [
      'ALPHAVANTAGE_API_KEY=S0A7MJLURLXTTMVA',
      'const alphavantageApiKey = "S0A7MJLURLXTTMVA";',
      '{ "alphavantageApiKey": "S0A7MJLURLXTTMVA" }',
      'alphavantage_api_key: \'S0A7MJLURLXTTMVA\'',
    ],
    fps: [
      'ALPHAVANTAGE_API_KEY=${ALPHAVANTAGE_API_KEY}',
      'ALPHAVANTAGE_API_KEY=xxxxxxxxxxxxxxxx',
      'ALPHAVANTAGE_API_KEY=S0A7MJLU',
      'ALPHAVANTAGE_ACCOUNT_ID=S0A7MJLURLXTTMVA',
      'ALPHAVANTAGE_API_KEY_ID=S0A7MJLURLXTTMVA',
      'const requestId = "S0A7MJLURLXTTMVA";',
    ],
  },
};
