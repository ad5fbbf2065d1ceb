import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'coda-api-token': {
    tps: [
      'CODA_API_TOKEN=a5ef0a93-92bd-4cfb-b2b7-76623d008055',
      'const codaApiToken = "a5ef0a93-92bd-4cfb-b2b7-76623d008055";',
      '{ "codaApiToken": "a5ef0a93-92bd-4cfb-b2b7-76623d008055" }',
      'coda_api_token: \'a5ef0a93-92bd-4cfb-b2b7-76623d008055\'',
    ],
    fps: [
      'CODA_API_TOKEN=${CODA_API_TOKEN}',
      'CODA_API_TOKEN=00000000-0000-0000-0000-000000000000',
      'CODA_API_TOKEN=a5ef0a93-92bd-4cfb',
      'CODA_ACCOUNT_ID=a5ef0a93-92bd-4cfb-b2b7-76623d008055',
      'CODA_API_TOKEN_ID=a5ef0a93-92bd-4cfb-b2b7-76623d008055',
      'const requestId = "a5ef0a93-92bd-4cfb-b2b7-76623d008055";',
    ],
  },
};
