import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'langfuse-secret-key': {
    tps: [
      'LANGFUSE_SECRET_KEY=sk-lf-b36b035d-c1f2-4b94-99f2-069fd7bb301e',
      'const langfuseSecretKey = "sk-lf-b36b035d-c1f2-4b94-99f2-069fd7bb301e";',
      '{\n  "langfuse_secret_key": "sk-lf-b36b035d-c1f2-4b94-99f2-069fd7bb301e"\n}',
      'env:\n  LANGFUSE_SECRET_KEY: \'sk-lf-b36b035d-c1f2-4b94-99f2-069fd7bb301e\'',
    ],
    fps: [
      'LANGFUSE_SECRET_KEY=sk-lf-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'LANGFUSE_SECRET_KEY=sk-lf-your_token_here',
      'const langfuseSecretKey = process.env.LANGFUSE_SECRET_KEY;',
      'LANGFUSE_SECRET_KEY=sk-lf-b36b035d-c1f2-4b94',
      'LANGFUSE_SECRET_KEY=b36b035d-c1f2-4b94-99f2-069fd7bb301e',
    ],
  },
};
