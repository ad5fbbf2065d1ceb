import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'paddle-api-key': {
    tps: [
      'PADDLE_API_KEY=pdl_live_apikey_5sk2g15s1vj48yl3yfvebl1jns_gatnKCTC8ITa6uahL8sdag_EDJ',
      'const paddleApiKey = "pdl_live_apikey_5sk2g15s1vj48yl3yfvebl1jns_gatnKCTC8ITa6uahL8sdag_EDJ";',
      '{\n  "paddle_api_key": "pdl_live_apikey_5sk2g15s1vj48yl3yfvebl1jns_gatnKCTC8ITa6uahL8sdag_EDJ"\n}',
      'env:\n  PADDLE_API_KEY: \'pdl_live_apikey_5sk2g15s1vj48yl3yfvebl1jns_gatnKCTC8ITa6uahL8sdag_EDJ\'',
    ],
    fps: [
      'PADDLE_API_KEY=pdl_live_apikey_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'PADDLE_API_KEY=pdl_live_apikey_your_token_here',
      'const paddleApiKey = process.env.PADDLE_API_KEY;',
      'PADDLE_API_KEY=pdl_live_apikey_5sk2g15s1vj48yl3yfvebl1jns',
      'PADDLE_API_KEY=5sk2g15s1vj48yl3yfvebl1jns_gatnKCTC8ITa6uahL8sdag_EDJ',
    ],
  },
};
