import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'chargebee-api-key': {
    tps: [
      'CHARGEBEE_API_KEY=live_dRkBhZjvyqOI48rsw1gLD6GlaD9n0sOaXM',
      'const chargebeeApiKey = "live_dRkBhZjvyqOI48rsw1gLD6GlaD9n0sOaXM";',
      '{ "chargebeeApiKey": "live_dRkBhZjvyqOI48rsw1gLD6GlaD9n0sOaXM" }',
      'chargebee_api_key: \'live_dRkBhZjvyqOI48rsw1gLD6GlaD9n0sOaXM\'',
    ],
    fps: [
      'CHARGEBEE_API_KEY=${CHARGEBEE_API_KEY}',
      'CHARGEBEE_API_KEY=xxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'CHARGEBEE_API_KEY=live_dRkBhZjvyqOI48',
      'CHARGEBEE_ACCOUNT_ID=live_dRkBhZjvyqOI48rsw1gLD6GlaD9n0sOaXM',
      'CHARGEBEE_API_KEY_ID=live_dRkBhZjvyqOI48rsw1gLD6GlaD9n0sOaXM',
      'const requestId = "live_dRkBhZjvyqOI48rsw1gLD6GlaD9n0sOaXM";',
    ],
  },
};
