import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'riot-api-key': {
    tps: [
      'RIOT_API_KEY=RGAPI-dedc4aea-c351-49db-bd09-d4f51dbb00cc',
      'const riotApiKey = "RGAPI-dedc4aea-c351-49db-bd09-d4f51dbb00cc";',
      '{\n  "riot_api_key": "RGAPI-dedc4aea-c351-49db-bd09-d4f51dbb00cc"\n}',
      'env:\n  RIOT_API_KEY: \'RGAPI-dedc4aea-c351-49db-bd09-d4f51dbb00cc\'',
    ],
    fps: [
      'RIOT_API_KEY=RGAPI-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'RIOT_API_KEY=RGAPI-your_token_here',
      'const riotApiKey = process.env.RIOT_API_KEY;',
      'RIOT_API_KEY=RGAPI-dedc4aea-c351-49db',
      'RIOT_API_KEY=dedc4aea-c351-49db-bd09-d4f51dbb00cc',
    ],
  },
};
