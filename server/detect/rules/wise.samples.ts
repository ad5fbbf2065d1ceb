import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'wise-api-token': {
    tps: [
      'WISE_API_TOKEN=dc135ec1-6dac-49c0-aca7-c6441f45cbbd',
      'const wiseApiToken = "dc135ec1-6dac-49c0-aca7-c6441f45cbbd";',
      '{ "wiseApiToken": "dc135ec1-6dac-49c0-aca7-c6441f45cbbd" }',
      'wise_api_token: \'dc135ec1-6dac-49c0-aca7-c6441f45cbbd\'',
    ],
    fps: [
      'WISE_API_TOKEN=${WISE_API_TOKEN}',
      'WISE_API_TOKEN=00000000-0000-0000-0000-000000000000',
      'WISE_API_TOKEN=dc135ec1-6dac-49c0',
      'WISE_ACCOUNT_ID=dc135ec1-6dac-49c0-aca7-c6441f45cbbd',
      'WISE_API_TOKEN_ID=dc135ec1-6dac-49c0-aca7-c6441f45cbbd',
      'const requestId = "dc135ec1-6dac-49c0-aca7-c6441f45cbbd";',
    ],
  },
};
