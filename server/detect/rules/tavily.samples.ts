import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'tavily-api-key': {
    tps: [
      'TAVILY_API_KEY=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',
      'const tavilyApiKey = "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";',
      '{\n  "tavily_api_key": "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"\n}',
      'env:\n  TAVILY_API_KEY: \'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\'',
    ],
    fps: [
      'TAVILY_API_KEY=tvly-dev-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'TAVILY_API_KEY=tvly-dev-your_token_here',
      'const tavilyApiKey = process.env.TAVILY_API_KEY;',
      'TAVILY_API_KEY=tvly-dev-zk7VNU2uPC6I0tzG',
      'TAVILY_API_KEY=zk7VNU2uPC6I0tzGnGMQqKx5JgQ5gOub',
    ],
  },
};
