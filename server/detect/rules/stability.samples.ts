import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'stability-api-key': {
    tps: [
      'STABILITY_API_KEY=sk-dYG0070Ed1c88uHRO8AphFYRHgfRIjhgC4IrLs4npnec230g',
      'const stabilityApiKey = "sk-dYG0070Ed1c88uHRO8AphFYRHgfRIjhgC4IrLs4npnec230g";',
      '{ "stabilityApiKey": "sk-dYG0070Ed1c88uHRO8AphFYRHgfRIjhgC4IrLs4npnec230g" }',
      'stability_api_key: \'sk-dYG0070Ed1c88uHRO8AphFYRHgfRIjhgC4IrLs4npnec230g\'',
    ],
    fps: [
      'STABILITY_API_KEY=${STABILITY_API_KEY}',
      'STABILITY_API_KEY=xx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'STABILITY_API_KEY=sk-dYG0070Ed1c88uHRO8AphF',
      'STABILITY_ACCOUNT_ID=sk-dYG0070Ed1c88uHRO8AphFYRHgfRIjhgC4IrLs4npnec230g',
      'STABILITY_API_KEY_ID=sk-dYG0070Ed1c88uHRO8AphFYRHgfRIjhgC4IrLs4npnec230g',
      'const requestId = "sk-dYG0070Ed1c88uHRO8AphFYRHgfRIjhgC4IrLs4npnec230g";',
    ],
  },
};
