import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'mollie-api-key': {
    tps: [
      'MOLLIE_API_KEY=live_AQrE6MgbqhgGp41mUPb6ON0y9J7NpJ',
      'const mollieApiKey = "live_AQrE6MgbqhgGp41mUPb6ON0y9J7NpJ";',
      '{ "mollieApiKey": "live_AQrE6MgbqhgGp41mUPb6ON0y9J7NpJ" }',
      'mollie_api_key: \'live_AQrE6MgbqhgGp41mUPb6ON0y9J7NpJ\'',
    ],
    fps: [
      'MOLLIE_API_KEY=${MOLLIE_API_KEY}',
      'MOLLIE_API_KEY=xxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'MOLLIE_API_KEY=live_AQrE6MgbqhgG',
      'MOLLIE_ACCOUNT_ID=live_AQrE6MgbqhgGp41mUPb6ON0y9J7NpJ',
      'MOLLIE_API_KEY_ID=live_AQrE6MgbqhgGp41mUPb6ON0y9J7NpJ',
      'const requestId = "live_AQrE6MgbqhgGp41mUPb6ON0y9J7NpJ";',
    ],
  },
};
