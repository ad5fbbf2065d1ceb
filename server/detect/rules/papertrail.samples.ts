import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'papertrail-api-token': {
    tps: [
      'PAPERTRAIL_API_TOKEN=dDcjoD79ORiOY5dvB0FT',
      'const papertrailApiToken = "dDcjoD79ORiOY5dvB0FT";',
      '{ "papertrailApiToken": "dDcjoD79ORiOY5dvB0FT" }',
      'papertrail_api_token: \'dDcjoD79ORiOY5dvB0FT\'',
    ],
    fps: [
      'PAPERTRAIL_API_TOKEN=${PAPERTRAIL_API_TOKEN}',
      'PAPERTRAIL_API_TOKEN=xxxxxxxxxxxxxxxxxxxx',
      'PAPERTRAIL_API_TOKEN=dDcjoD79OR',
      'PAPERTRAIL_ACCOUNT_ID=dDcjoD79ORiOY5dvB0FT',
      'PAPERTRAIL_API_TOKEN_ID=dDcjoD79ORiOY5dvB0FT',
      'const requestId = "dDcjoD79ORiOY5dvB0FT";',
    ],
  },
};
