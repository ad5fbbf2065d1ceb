import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'tomorrow-io-api-key': {
    tps: [
      'TOMORROW_API_KEY=QBA6H8jxptZyTdzGW3XuuE29Z2LPIk4W',
      'const tomorrowApiKey = "QBA6H8jxptZyTdzGW3XuuE29Z2LPIk4W";',
      '{ "tomorrowApiKey": "QBA6H8jxptZyTdzGW3XuuE29Z2LPIk4W" }',
      'tomorrow_api_key: \'QBA6H8jxptZyTdzGW3XuuE29Z2LPIk4W\'',
    ],
    fps: [
      'TOMORROW_API_KEY=${TOMORROW_API_KEY}',
      'TOMORROW_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'TOMORROW_API_KEY=QBA6H8jxptZyTdzG',
      'TOMORROW_ACCOUNT_ID=QBA6H8jxptZyTdzGW3XuuE29Z2LPIk4W',
      'TOMORROW_API_KEY_ID=QBA6H8jxptZyTdzGW3XuuE29Z2LPIk4W',
      'const requestId = "QBA6H8jxptZyTdzGW3XuuE29Z2LPIk4W";',
    ],
  },
};
