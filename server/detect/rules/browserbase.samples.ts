import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'browserbase-api-key': {
    tps: [
      'BROWSERBASE_API_KEY=bb_live_rF_i0ObE4S3tArsYWTLKdXI6Vtz7okl-',
      'const browserbaseApiKey = "bb_live_rF_i0ObE4S3tArsYWTLKdXI6Vtz7okl-";',
      '{\n  "browserbase_api_key": "bb_live_rF_i0ObE4S3tArsYWTLKdXI6Vtz7okl-"\n}',
      'env:\n  BROWSERBASE_API_KEY: \'bb_live_rF_i0ObE4S3tArsYWTLKdXI6Vtz7okl-\'',
    ],
    fps: [
      'BROWSERBASE_API_KEY=bb_live_xxxxxxxxxxxxxxxxxxxxxxxx',
      'BROWSERBASE_API_KEY=bb_live_your_token_here',
      'const browserbaseApiKey = process.env.BROWSERBASE_API_KEY;',
      'BROWSERBASE_API_KEY=bb_live_rF_i0ObE4S3t',
      'BROWSERBASE_API_KEY=rF_i0ObE4S3tArsYWTLKdXI6Vtz7okl-',
    ],
  },
};
