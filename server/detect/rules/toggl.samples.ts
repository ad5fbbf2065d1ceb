import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'toggl-api-token': {
    tps: [
      'TOGGL_API_TOKEN=eb0d017fe673fda42d53deb5dd967800',
      'const togglApiToken = "eb0d017fe673fda42d53deb5dd967800";',
      '{ "togglApiToken": "eb0d017fe673fda42d53deb5dd967800" }',
      'toggl_api_token: \'eb0d017fe673fda42d53deb5dd967800\'',
    ],
    fps: [
      'TOGGL_API_TOKEN=${TOGGL_API_TOKEN}',
      'TOGGL_API_TOKEN=00000000000000000000000000000000',
      'TOGGL_API_TOKEN=eb0d017fe673fda4',
      'TOGGL_ACCOUNT_ID=eb0d017fe673fda42d53deb5dd967800',
      'TOGGL_API_TOKEN_ID=eb0d017fe673fda42d53deb5dd967800',
      'const requestId = "eb0d017fe673fda42d53deb5dd967800";',
    ],
  },
};
