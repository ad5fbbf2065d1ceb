import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'deepseek-api-key': {
    tps: [
      'DEEPSEEK_API_KEY=sk-3b4926ea5405abc051a529747d9f2178',
      'const deepseekApiKey = "sk-3b4926ea5405abc051a529747d9f2178";',
      '{ "deepseekApiKey": "sk-3b4926ea5405abc051a529747d9f2178" }',
      'deepseek_api_key: \'sk-3b4926ea5405abc051a529747d9f2178\'',
    ],
    fps: [
      'DEEPSEEK_API_KEY=${DEEPSEEK_API_KEY}',
      'DEEPSEEK_API_KEY=xx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'DEEPSEEK_API_KEY=sk-3b4926ea5405ab',
      'DEEPSEEK_ACCOUNT_ID=sk-3b4926ea5405abc051a529747d9f2178',
      'DEEPSEEK_API_KEY_ID=sk-3b4926ea5405abc051a529747d9f2178',
      'const requestId = "sk-3b4926ea5405abc051a529747d9f2178";',
    ],
  },
};
