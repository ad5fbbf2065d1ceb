import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'finnhub-api-key': {
    tps: [
      'FINNHUB_API_KEY=prx1omkcg88s4df3nujj',
      'const finnhubApiKey = "prx1omkcg88s4df3nujj";',
      '{ "finnhubApiKey": "prx1omkcg88s4df3nujj" }',
      'finnhub_api_key: \'prx1omkcg88s4df3nujj\'',
    ],
    fps: [
      'FINNHUB_API_KEY=${FINNHUB_API_KEY}',
      'FINNHUB_API_KEY=xxxxxxxxxxxxxxxxxxxx',
      'FINNHUB_API_KEY=prx1omkcg8',
      'FINNHUB_ACCOUNT_ID=prx1omkcg88s4df3nujj',
      'FINNHUB_API_KEY_ID=prx1omkcg88s4df3nujj',
      'const requestId = "prx1omkcg88s4df3nujj";',
    ],
  },
};
