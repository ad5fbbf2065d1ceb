import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'jina-api-key': {
    tps: [
      'JINA_API_KEY=jina_5BUOqnYnWTWCailBLOa0RXDYD15Mt1UhQIF2VmQ7mDgwMQc6fps_g5Ee-zM8',
      'const jinaApiKey = "jina_5BUOqnYnWTWCailBLOa0RXDYD15Mt1UhQIF2VmQ7mDgwMQc6fps_g5Ee-zM8";',
      '{\n  "jina_api_key": "jina_5BUOqnYnWTWCailBLOa0RXDYD15Mt1UhQIF2VmQ7mDgwMQc6fps_g5Ee-zM8"\n}',
      'env:\n  JINA_API_KEY: \'jina_5BUOqnYnWTWCailBLOa0RXDYD15Mt1UhQIF2VmQ7mDgwMQc6fps_g5Ee-zM8\'',
    ],
    fps: [
      'JINA_API_KEY=jina_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'JINA_API_KEY=jina_your_token_here',
      'const jinaApiKey = process.env.JINA_API_KEY;',
      'JINA_API_KEY=jina_5BUOqnYnWTWCailBLOa0RXDYD15M',
      'JINA_API_KEY=5BUOqnYnWTWCailBLOa0RXDYD15Mt1UhQIF2VmQ7mDgwMQc6fps_g5Ee-zM8',
    ],
  },
};
