import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'customerio-api-key': {
    tps: [
      'CUSTOMERIO_API_KEY=ffef6491b76f1702c19d',
      'const customerioApiKey = "ffef6491b76f1702c19d";',
      '{ "customerioApiKey": "ffef6491b76f1702c19d" }',
      'customerio_api_key: \'ffef6491b76f1702c19d\'',
    ],
    fps: [
      'CUSTOMERIO_API_KEY=${CUSTOMERIO_API_KEY}',
      'CUSTOMERIO_API_KEY=00000000000000000000',
      'CUSTOMERIO_API_KEY=ffef6491b7',
      'CUSTOMERIO_ACCOUNT_ID=ffef6491b76f1702c19d',
      'CUSTOMERIO_API_KEY_ID=ffef6491b76f1702c19d',
      'const requestId = "ffef6491b76f1702c19d";',
    ],
  },
};
