import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'checkly-api-key': {
    tps: [
      'CHECKLY_API_KEY=cu_bab56334cec561d6c201aeb983e2cb24',
      'const checklyApiKey = "cu_bab56334cec561d6c201aeb983e2cb24";',
      '{\n  "checkly_api_key": "cu_bab56334cec561d6c201aeb983e2cb24"\n}',
      'env:\n  CHECKLY_API_KEY: \'cu_bab56334cec561d6c201aeb983e2cb24\'',
    ],
    fps: [
      'CHECKLY_API_KEY=cu_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'CHECKLY_API_KEY=cu_your_token_here',
      'const checklyApiKey = process.env.CHECKLY_API_KEY;',
      'CHECKLY_API_KEY=cu_bab56334cec561d6',
      'CHECKLY_API_KEY=bab56334cec561d6c201aeb983e2cb24',
    ],
  },
};
