import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'together-api-key': {
    tps: [
      'TOGETHER_API_KEY=f3ac714da7e5a2f95cab9ae37e80398f4e8f1318d93347452cffe4412af7de79',
      'const togetherApiKey = "f3ac714da7e5a2f95cab9ae37e80398f4e8f1318d93347452cffe4412af7de79";',
      '{ "togetherApiKey": "f3ac714da7e5a2f95cab9ae37e80398f4e8f1318d93347452cffe4412af7de79" }',
      'together_api_key: \'f3ac714da7e5a2f95cab9ae37e80398f4e8f1318d93347452cffe4412af7de79\'',
    ],
    fps: [
      'TOGETHER_API_KEY=${TOGETHER_API_KEY}',
      'TOGETHER_API_KEY=0000000000000000000000000000000000000000000000000000000000000000',
      'TOGETHER_API_KEY=f3ac714da7e5a2f95cab9ae37e80398f',
      'TOGETHER_ACCOUNT_ID=f3ac714da7e5a2f95cab9ae37e80398f4e8f1318d93347452cffe4412af7de79',
      'TOGETHER_API_KEY_ID=f3ac714da7e5a2f95cab9ae37e80398f4e8f1318d93347452cffe4412af7de79',
      'const requestId = "f3ac714da7e5a2f95cab9ae37e80398f4e8f1318d93347452cffe4412af7de79";',
    ],
  },
};
