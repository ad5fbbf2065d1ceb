import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'datocms-api-token': {
    tps: [
      'DATOCMS_API_TOKEN=58d6e5ff4a35d1532a75c73673328e',
      'const datocmsApiToken = "58d6e5ff4a35d1532a75c73673328e";',
      '{ "datocmsApiToken": "58d6e5ff4a35d1532a75c73673328e" }',
      'datocms_api_token: \'58d6e5ff4a35d1532a75c73673328e\'',
    ],
    fps: [
      'DATOCMS_API_TOKEN=${DATOCMS_API_TOKEN}',
      'DATOCMS_API_TOKEN=000000000000000000000000000000',
      'DATOCMS_API_TOKEN=58d6e5ff4a35d15',
      'DATOCMS_ACCOUNT_ID=58d6e5ff4a35d1532a75c73673328e',
      'DATOCMS_API_TOKEN_ID=58d6e5ff4a35d1532a75c73673328e',
      'const requestId = "58d6e5ff4a35d1532a75c73673328e";',
    ],
  },
};
