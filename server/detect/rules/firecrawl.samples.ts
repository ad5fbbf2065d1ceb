import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'firecrawl-api-key': {
    tps: [
      'FIRECRAWL_API_KEY=fc-03d7a96aa77e0d5793759a9d0654063d',
      'const firecrawlApiKey = "fc-03d7a96aa77e0d5793759a9d0654063d";',
      '{\n  "firecrawl_api_key": "fc-03d7a96aa77e0d5793759a9d0654063d"\n}',
      'env:\n  FIRECRAWL_API_KEY: \'fc-03d7a96aa77e0d5793759a9d0654063d\'',
    ],
    fps: [
      'FIRECRAWL_API_KEY=fc-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'FIRECRAWL_API_KEY=fc-your_token_here',
      'const firecrawlApiKey = process.env.FIRECRAWL_API_KEY;',
      'FIRECRAWL_API_KEY=fc-03d7a96aa77e0d57',
      'FIRECRAWL_API_KEY=03d7a96aa77e0d5793759a9d0654063d',
    ],
  },
};
