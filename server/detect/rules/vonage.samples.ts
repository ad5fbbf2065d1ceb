import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'vonage-api-secret': {
    tps: [
      'VONAGE_API_SECRET=vcWD2nMXfSqGuF6B',
      'const vonageApiSecret = "vcWD2nMXfSqGuF6B";',
      '{ "vonageApiSecret": "vcWD2nMXfSqGuF6B" }',
      'vonage_api_secret: \'vcWD2nMXfSqGuF6B\'',
    ],
    fps: [
      'VONAGE_API_SECRET=${VONAGE_API_SECRET}',
      'VONAGE_API_SECRET=xxxxxxxxxxxxxxxx',
      'VONAGE_API_SECRET=vcWD2nMX',
      'VONAGE_ACCOUNT_ID=vcWD2nMXfSqGuF6B',
      'VONAGE_API_SECRET_ID=vcWD2nMXfSqGuF6B',
      'const requestId = "vcWD2nMXfSqGuF6B";',
    ],
  },
};
