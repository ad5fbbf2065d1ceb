import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'honeycomb-api-key': {
    tps: [
      'HONEYCOMB_API_KEY=itdEmxlNNakg82ISWUkdKa',
      'const honeycombApiKey = "itdEmxlNNakg82ISWUkdKa";',
      '{ "honeycombApiKey": "itdEmxlNNakg82ISWUkdKa" }',
      'honeycomb_api_key: \'itdEmxlNNakg82ISWUkdKa\'',
    ],
    fps: [
      'HONEYCOMB_API_KEY=${HONEYCOMB_API_KEY}',
      'HONEYCOMB_API_KEY=xxxxxxxxxxxxxxxxxxxxxx',
      'HONEYCOMB_API_KEY=itdEmxlNNak',
      'HONEYCOMB_ACCOUNT_ID=itdEmxlNNakg82ISWUkdKa',
      'HONEYCOMB_API_KEY_ID=itdEmxlNNakg82ISWUkdKa',
      'const requestId = "itdEmxlNNakg82ISWUkdKa";',
    ],
  },
};
