import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'apify-api-token': {
    tps: [
      'APIFY_TOKEN=apify_api_uWnqXLJneuwwCQe8nR0T9TvtRXlm4tlawaN8',
      'const apifyToken = "apify_api_uWnqXLJneuwwCQe8nR0T9TvtRXlm4tlawaN8";',
      '{\n  "apify_token": "apify_api_uWnqXLJneuwwCQe8nR0T9TvtRXlm4tlawaN8"\n}',
      'env:\n  APIFY_TOKEN: \'apify_api_uWnqXLJneuwwCQe8nR0T9TvtRXlm4tlawaN8\'',
    ],
    fps: [
      'APIFY_TOKEN=apify_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'APIFY_TOKEN=apify_api_your_token_here',
      'const apifyToken = process.env.APIFY_TOKEN;',
      'APIFY_TOKEN=apify_api_uWnqXLJneuwwCQe8nR',
      'APIFY_TOKEN=uWnqXLJneuwwCQe8nR0T9TvtRXlm4tlawaN8',
    ],
  },
};
