import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'squarespace-api-key': {
    tps: [
      'SQUARESPACE_API_KEY=a2c4592e-59fe-4592-b2c3-1ac91cb89681',
      'const squarespaceApiKey = "a2c4592e-59fe-4592-b2c3-1ac91cb89681";',
      '{ "squarespaceApiKey": "a2c4592e-59fe-4592-b2c3-1ac91cb89681" }',
      'squarespace_api_key: \'a2c4592e-59fe-4592-b2c3-1ac91cb89681\'',
    ],
    fps: [
      'SQUARESPACE_API_KEY=${SQUARESPACE_API_KEY}',
      'SQUARESPACE_API_KEY=00000000-0000-0000-0000-000000000000',
      'SQUARESPACE_API_KEY=a2c4592e-59fe-4592',
      'SQUARESPACE_ACCOUNT_ID=a2c4592e-59fe-4592-b2c3-1ac91cb89681',
      'SQUARESPACE_API_KEY_ID=a2c4592e-59fe-4592-b2c3-1ac91cb89681',
      'const requestId = "a2c4592e-59fe-4592-b2c3-1ac91cb89681";',
    ],
  },
};
