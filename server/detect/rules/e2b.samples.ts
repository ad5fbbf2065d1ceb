import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'e2b-api-key': {
    tps: [
      'E2B_API_KEY=e2b_02f44ce76afce08d8af872b3f5b8229027011571',
      'const e2bApiKey = "e2b_02f44ce76afce08d8af872b3f5b8229027011571";',
      '{\n  "e2b_api_key": "e2b_02f44ce76afce08d8af872b3f5b8229027011571"\n}',
      'env:\n  E2B_API_KEY: \'e2b_02f44ce76afce08d8af872b3f5b8229027011571\'',
    ],
    fps: [
      'E2B_API_KEY=e2b_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'E2B_API_KEY=e2b_your_token_here',
      'const e2bApiKey = process.env.E2B_API_KEY;',
      'E2B_API_KEY=e2b_02f44ce76afce08d8af8',
      'E2B_API_KEY=02f44ce76afce08d8af872b3f5b8229027011571',
    ],
  },
};
