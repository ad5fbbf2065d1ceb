import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'rollbar-access-token': {
    tps: [
      'ROLLBAR_ACCESS_TOKEN=dd274abb68b0dcd90c7e1ccb0c96136e',
      'const rollbarAccessToken = "dd274abb68b0dcd90c7e1ccb0c96136e";',
      '{ "rollbarAccessToken": "dd274abb68b0dcd90c7e1ccb0c96136e" }',
      'rollbar_access_token: \'dd274abb68b0dcd90c7e1ccb0c96136e\'',
    ],
    fps: [
      'ROLLBAR_ACCESS_TOKEN=${ROLLBAR_ACCESS_TOKEN}',
      'ROLLBAR_ACCESS_TOKEN=00000000000000000000000000000000',
      'ROLLBAR_ACCESS_TOKEN=dd274abb68b0dcd9',
      'ROLLBAR_ACCOUNT_ID=dd274abb68b0dcd90c7e1ccb0c96136e',
      'ROLLBAR_ACCESS_TOKEN_ID=dd274abb68b0dcd90c7e1ccb0c96136e',
      'const requestId = "dd274abb68b0dcd90c7e1ccb0c96136e";',
    ],
  },
};
