import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'langsmith-api-key': {
    tps: [
      'LANGSMITH_API_KEY=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',
      'const langsmithApiKey = "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";',
      '{\n  "langsmith_api_key": "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"\n}',
      'env:\n  LANGSMITH_API_KEY: \'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\'',
    ],
    fps: [
      'LANGSMITH_API_KEY=lsv2_pt_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'LANGSMITH_API_KEY=lsv2_pt_your_token_here',
      'const langsmithApiKey = process.env.LANGSMITH_API_KEY;',
      'LANGSMITH_API_KEY=lsv2_pt_b1b50c67470080c5e0058',
      'LANGSMITH_API_KEY=b1b50c67470080c5e005869caa76d51e_a5f438508e',
    ],
  },
};
