import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'newsapi-key': {
    tps: [
      'NEWSAPI_KEY=90c1869a789148c8c0db2761f8b7cd3d',
      'const newsapiKey = "90c1869a789148c8c0db2761f8b7cd3d";',
      '{ "newsapiKey": "90c1869a789148c8c0db2761f8b7cd3d" }',
      'newsapi_key: \'90c1869a789148c8c0db2761f8b7cd3d\'',
    ],
    fps: [
      'NEWSAPI_KEY=${NEWSAPI_KEY}',
      'NEWSAPI_KEY=00000000000000000000000000000000',
      'NEWSAPI_KEY=90c1869a789148c8',
      'NEWSAPI_ACCOUNT_ID=90c1869a789148c8c0db2761f8b7cd3d',
      'NEWSAPI_KEY_ID=90c1869a789148c8c0db2761f8b7cd3d',
      'const requestId = "90c1869a789148c8c0db2761f8b7cd3d";',
    ],
  },
};
