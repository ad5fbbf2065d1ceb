import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'openrouter-api-key': {
    tps: [
      'OPENROUTER_API_KEY=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',
      'const openrouterApiKey = "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";',
      '{\n  "openrouter_api_key": "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"\n}',
      'env:\n  OPENROUTER_API_KEY: \'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\'',
    ],
    fps: [
      'OPENROUTER_API_KEY=sk-or-v1-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OPENROUTER_API_KEY=sk-or-v1-your_token_here',
      'const openrouterApiKey = process.env.OPENROUTER_API_KEY;',
      'OPENROUTER_API_KEY=sk-or-v1-b1008200d103c4eb3be6d7544258a639',
      'OPENROUTER_API_KEY=b1008200d103c4eb3be6d7544258a6390217cfbd9d9f2f4f9c94e922d90b52ae',
    ],
  },
};
