import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'fal-api-key': {
    tps: [
      'FAL_KEY=4cbe2d2e-6920-47f5-b0b1-bd6dcb85490c:cbb503a8c44bfaa5dcc7d9fa8b8f665e',
      'const falKey = "4cbe2d2e-6920-47f5-b0b1-bd6dcb85490c:cbb503a8c44bfaa5dcc7d9fa8b8f665e";',
      '{ "falKey": "4cbe2d2e-6920-47f5-b0b1-bd6dcb85490c:cbb503a8c44bfaa5dcc7d9fa8b8f665e" }',
      'fal_key: \'4cbe2d2e-6920-47f5-b0b1-bd6dcb85490c:cbb503a8c44bfaa5dcc7d9fa8b8f665e\'',
    ],
    fps: [
      'FAL_KEY=${FAL_KEY}',
      'FAL_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'FAL_KEY=4cbe2d2e-6920-47f5-b0b1-bd6dcb8549',
      'FAL_ACCOUNT_ID=4cbe2d2e-6920-47f5-b0b1-bd6dcb85490c:cbb503a8c44bfaa5dcc7d9fa8b8f665e',
      'FAL_KEY_ID=4cbe2d2e-6920-47f5-b0b1-bd6dcb85490c:cbb503a8c44bfaa5dcc7d9fa8b8f665e',
      'const requestId = "4cbe2d2e-6920-47f5-b0b1-bd6dcb85490c:cbb503a8c44bfaa5dcc7d9fa8b8f665e";',
    ],
  },
};
