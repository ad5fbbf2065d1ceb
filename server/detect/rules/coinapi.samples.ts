import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'coinapi-key': {
    tps: [
      'COINAPI_KEY=2A6A042C-D087-448F-8262-E12D8016BA6B',
      'const coinapiKey = "2A6A042C-D087-448F-8262-E12D8016BA6B";',
      '{ "coinapiKey": "2A6A042C-D087-448F-8262-E12D8016BA6B" }',
      'coinapi_key: \'2A6A042C-D087-448F-8262-E12D8016BA6B\'',
      'curl -H "X-CoinAPI-Key: 2A6A042C-D087-448F-8262-E12D8016BA6B" https://rest.coinapi.io/v1/exchanges',
    ],
    fps: [
      'COINAPI_KEY=${COINAPI_KEY}',
      'COINAPI_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
      'COINAPI_KEY=2A6A042C-D087-448F',
      'COINAPI_ACCOUNT_ID=2A6A042C-D087-448F-8262-E12D8016BA6B',
      'COINAPI_KEY_ID=2A6A042C-D087-448F-8262-E12D8016BA6B',
      'const requestId = "2A6A042C-D087-448F-8262-E12D8016BA6B";',
    ],
  },
};
