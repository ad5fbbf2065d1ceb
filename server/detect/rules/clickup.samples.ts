import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'clickup-personal-token': {
    tps: [
      'CLICKUP_API_TOKEN=pk_58576631_T9QEAKVXM4VK6OHO7XZ9JXRGT4FJZ7ZI',
      'const clickupApiToken = "pk_58576631_T9QEAKVXM4VK6OHO7XZ9JXRGT4FJZ7ZI";',
      '{\n  "clickup_api_token": "pk_58576631_T9QEAKVXM4VK6OHO7XZ9JXRGT4FJZ7ZI"\n}',
      'env:\n  CLICKUP_API_TOKEN: \'pk_58576631_T9QEAKVXM4VK6OHO7XZ9JXRGT4FJZ7ZI\'',
    ],
    fps: [
      'CLICKUP_API_TOKEN=pk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'CLICKUP_API_TOKEN=pk_your_token_here',
      'const clickupApiToken = process.env.CLICKUP_API_TOKEN;',
      'CLICKUP_API_TOKEN=pk_58576631_T9QEAKVXM4',
      'CLICKUP_API_TOKEN=58576631_T9QEAKVXM4VK6OHO7XZ9JXRGT4FJZ7ZI',
    ],
  },
};
