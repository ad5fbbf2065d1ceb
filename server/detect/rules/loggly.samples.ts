import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'loggly-token': {
    tps: [
      'LOGGLY_TOKEN=26b1c164-516a-4ac6-bf5d-d52e7e9671b2',
      'const logglyToken = "26b1c164-516a-4ac6-bf5d-d52e7e9671b2";',
      '{ "logglyToken": "26b1c164-516a-4ac6-bf5d-d52e7e9671b2" }',
      'loggly_token: \'26b1c164-516a-4ac6-bf5d-d52e7e9671b2\'',
    ],
    fps: [
      'LOGGLY_TOKEN=${LOGGLY_TOKEN}',
      'LOGGLY_TOKEN=00000000-0000-0000-0000-000000000000',
      'LOGGLY_TOKEN=26b1c164-516a-4ac6',
      'LOGGLY_ACCOUNT_ID=26b1c164-516a-4ac6-bf5d-d52e7e9671b2',
      'LOGGLY_TOKEN_ID=26b1c164-516a-4ac6-bf5d-d52e7e9671b2',
      'const requestId = "26b1c164-516a-4ac6-bf5d-d52e7e9671b2";',
    ],
  },
};
