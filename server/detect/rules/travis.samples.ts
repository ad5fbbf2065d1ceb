import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'travis-api-token': {
    tps: [
      'TRAVIS_API_TOKEN=gFxaoE4URu7Og8hNtpg00Q',
      'const travisApiToken = "gFxaoE4URu7Og8hNtpg00Q";',
      '{ "travisApiToken": "gFxaoE4URu7Og8hNtpg00Q" }',
      'travis_api_token: \'gFxaoE4URu7Og8hNtpg00Q\'',
    ],
    fps: [
      'TRAVIS_API_TOKEN=${TRAVIS_API_TOKEN}',
      'TRAVIS_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxx',
      'TRAVIS_API_TOKEN=gFxaoE4URu7',
      'TRAVIS_ACCOUNT_ID=gFxaoE4URu7Og8hNtpg00Q',
      'TRAVIS_API_TOKEN_ID=gFxaoE4URu7Og8hNtpg00Q',
      'const requestId = "gFxaoE4URu7Og8hNtpg00Q";',
    ],
  },
};
