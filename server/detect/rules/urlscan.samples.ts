import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'urlscan-api-key': {
    tps: [
      'URLSCAN_API_KEY=c8816920-bcc1-48ed-81ac-f7ab71b06a56',
      'const urlscanApiKey = "c8816920-bcc1-48ed-81ac-f7ab71b06a56";',
      '{ "urlscanApiKey": "c8816920-bcc1-48ed-81ac-f7ab71b06a56" }',
      'urlscan_api_key: \'c8816920-bcc1-48ed-81ac-f7ab71b06a56\'',
    ],
    fps: [
      'URLSCAN_API_KEY=${URLSCAN_API_KEY}',
      'URLSCAN_API_KEY=00000000-0000-0000-0000-000000000000',
      'URLSCAN_API_KEY=c8816920-bcc1-48ed',
      'URLSCAN_ACCOUNT_ID=c8816920-bcc1-48ed-81ac-f7ab71b06a56',
      'URLSCAN_API_KEY_ID=c8816920-bcc1-48ed-81ac-f7ab71b06a56',
      'const requestId = "c8816920-bcc1-48ed-81ac-f7ab71b06a56";',
    ],
  },
};
