import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'nvidia-api-key': {
    tps: [
      'NVIDIA_API_KEY=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',
      'const nvidiaApiKey = "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";',
      '{\n  "nvidia_api_key": "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"\n}',
      'env:\n  NVIDIA_API_KEY: \'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\'',
    ],
    fps: [
      'NVIDIA_API_KEY=nvapi-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'NVIDIA_API_KEY=nvapi-your_token_here',
      'const nvidiaApiKey = process.env.NVIDIA_API_KEY;',
      'NVIDIA_API_KEY=nvapi-8z2R2zqp94NCT_bZB-cizs-YnqBTlsWk',
      'NVIDIA_API_KEY=8z2R2zqp94NCT_bZB-cizs-YnqBTlsWkHmbZRcJqQBHL66VO6c9RbqY7ojvZZSqI',
    ],
  },
};
