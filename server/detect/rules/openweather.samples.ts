import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'openweather-api-key': {
    tps: [
      'OPENWEATHER_API_KEY=faff0d7ee6c476cbb2c00f1c786890c2',
      'const openweatherApiKey = "faff0d7ee6c476cbb2c00f1c786890c2";',
      '{ "openweatherApiKey": "faff0d7ee6c476cbb2c00f1c786890c2" }',
      'openweather_api_key: \'faff0d7ee6c476cbb2c00f1c786890c2\'',
    ],
    fps: [
      'OPENWEATHER_API_KEY=${OPENWEATHER_API_KEY}',
      'OPENWEATHER_API_KEY=00000000000000000000000000000000',
      'OPENWEATHER_API_KEY=faff0d7ee6c476cb',
      'OPENWEATHER_ACCOUNT_ID=faff0d7ee6c476cbb2c00f1c786890c2',
      'OPENWEATHER_API_KEY_ID=faff0d7ee6c476cbb2c00f1c786890c2',
      'const requestId = "faff0d7ee6c476cbb2c00f1c786890c2";',
    ],
  },
};
