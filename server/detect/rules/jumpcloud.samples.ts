import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'jumpcloud-api-key': {
    tps: [
      'JUMPCLOUD_API_KEY=855701f3a0ddaf50f4acf1da8a1d73ff2a5ff313',
      'const jumpcloudApiKey = "855701f3a0ddaf50f4acf1da8a1d73ff2a5ff313";',
      '{ "jumpcloudApiKey": "855701f3a0ddaf50f4acf1da8a1d73ff2a5ff313" }',
      'jumpcloud_api_key: \'855701f3a0ddaf50f4acf1da8a1d73ff2a5ff313\'',
    ],
    fps: [
      'JUMPCLOUD_API_KEY=${JUMPCLOUD_API_KEY}',
      'JUMPCLOUD_API_KEY=0000000000000000000000000000000000000000',
      'JUMPCLOUD_API_KEY=855701f3a0ddaf50f4ac',
      'JUMPCLOUD_ACCOUNT_ID=855701f3a0ddaf50f4acf1da8a1d73ff2a5ff313',
      'JUMPCLOUD_API_KEY_ID=855701f3a0ddaf50f4acf1da8a1d73ff2a5ff313',
      'const requestId = "855701f3a0ddaf50f4acf1da8a1d73ff2a5ff313";',
    ],
  },
};
