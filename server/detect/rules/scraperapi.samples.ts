import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'scraperapi-key': {
    tps: [
      'SCRAPERAPI_KEY=e18cfac4a153adbb27c51fc17fc5a755',
      'const scraperapiKey = "e18cfac4a153adbb27c51fc17fc5a755";',
      '{ "scraperapiKey": "e18cfac4a153adbb27c51fc17fc5a755" }',
      'scraperapi_key: \'e18cfac4a153adbb27c51fc17fc5a755\'',
    ],
    fps: [
      'SCRAPERAPI_KEY=${SCRAPERAPI_KEY}',
      'SCRAPERAPI_KEY=00000000000000000000000000000000',
      'SCRAPERAPI_KEY=e18cfac4a153adbb',
      'SCRAPERAPI_ACCOUNT_ID=e18cfac4a153adbb27c51fc17fc5a755',
      'SCRAPERAPI_KEY_ID=e18cfac4a153adbb27c51fc17fc5a755',
      'const requestId = "e18cfac4a153adbb27c51fc17fc5a755";',
    ],
  },
};
