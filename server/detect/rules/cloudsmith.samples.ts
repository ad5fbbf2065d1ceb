import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'cloudsmith-api-key': {
    tps: [
      'CLOUDSMITH_API_KEY=c41f3351734795b13558e5271b2e0d6ab0d3fbcb',
      'const cloudsmithApiKey = "c41f3351734795b13558e5271b2e0d6ab0d3fbcb";',
      '{ "cloudsmithApiKey": "c41f3351734795b13558e5271b2e0d6ab0d3fbcb" }',
      'cloudsmith_api_key: \'c41f3351734795b13558e5271b2e0d6ab0d3fbcb\'',
    ],
    fps: [
      'CLOUDSMITH_API_KEY=${CLOUDSMITH_API_KEY}',
      'CLOUDSMITH_API_KEY=0000000000000000000000000000000000000000',
      'CLOUDSMITH_API_KEY=c41f3351734795b13558',
      'CLOUDSMITH_ACCOUNT_ID=c41f3351734795b13558e5271b2e0d6ab0d3fbcb',
      'CLOUDSMITH_API_KEY_ID=c41f3351734795b13558e5271b2e0d6ab0d3fbcb',
      'const requestId = "c41f3351734795b13558e5271b2e0d6ab0d3fbcb";',
    ],
  },
};
