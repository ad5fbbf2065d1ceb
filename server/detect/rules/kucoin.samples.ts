import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'kucoin-api-secret': {
    tps: [
      'KUCOIN_API_SECRET=03c7b9e1-7f33-43ef-a190-7f56220faf0d',
      'const kucoinApiSecret = "03c7b9e1-7f33-43ef-a190-7f56220faf0d";',
      '{ "kucoinApiSecret": "03c7b9e1-7f33-43ef-a190-7f56220faf0d" }',
      'kucoin_api_secret: \'03c7b9e1-7f33-43ef-a190-7f56220faf0d\'',
    ],
    fps: [
      'KUCOIN_API_SECRET=${KUCOIN_API_SECRET}',
      'KUCOIN_API_SECRET=00000000-0000-0000-0000-000000000000',
      'KUCOIN_API_SECRET=03c7b9e1-7f33-43ef',
      'KUCOIN_ACCOUNT_ID=03c7b9e1-7f33-43ef-a190-7f56220faf0d',
      'KUCOIN_API_SECRET_ID=03c7b9e1-7f33-43ef-a190-7f56220faf0d',
      'const requestId = "03c7b9e1-7f33-43ef-a190-7f56220faf0d";',
    ],
  },
};
