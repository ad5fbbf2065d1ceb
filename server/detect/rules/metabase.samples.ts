import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'metabase-api-key': {
    tps: [
      'METABASE_API_KEY=mb_6+y/QBYVzkDElr1bktUiRM67rWhIW/GbRBYoeT/noS+=',
      'const metabaseApiKey = "mb_6+y/QBYVzkDElr1bktUiRM67rWhIW/GbRBYoeT/noS+=";',
      '{\n  "metabase_api_key": "mb_6+y/QBYVzkDElr1bktUiRM67rWhIW/GbRBYoeT/noS+="\n}',
      'env:\n  METABASE_API_KEY: \'mb_6+y/QBYVzkDElr1bktUiRM67rWhIW/GbRBYoeT/noS+=\'',
    ],
    fps: [
      'METABASE_API_KEY=mb_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'METABASE_API_KEY=mb_your_token_here',
      'const metabaseApiKey = process.env.METABASE_API_KEY;',
      'METABASE_API_KEY=mb_6+y/QBYVzkDElr1bktUiRM',
      'METABASE_API_KEY=6+y/QBYVzkDElr1bktUiRM67rWhIW/GbRBYoeT/noS+=',
    ],
  },
};
