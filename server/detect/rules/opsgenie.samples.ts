import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'opsgenie-api-key': {
    tps: [
      'OPSGENIE_API_KEY=0d62fbe3-866f-4a04-9ee9-cf7f4c3ca431',
      'const opsgenieApiKey = "0d62fbe3-866f-4a04-9ee9-cf7f4c3ca431";',
      '{ "opsgenieApiKey": "0d62fbe3-866f-4a04-9ee9-cf7f4c3ca431" }',
      'opsgenie_api_key: \'0d62fbe3-866f-4a04-9ee9-cf7f4c3ca431\'',
    ],
    fps: [
      'OPSGENIE_API_KEY=${OPSGENIE_API_KEY}',
      'OPSGENIE_API_KEY=00000000-0000-0000-0000-000000000000',
      'OPSGENIE_API_KEY=0d62fbe3-866f-4a04',
      'OPSGENIE_ACCOUNT_ID=0d62fbe3-866f-4a04-9ee9-cf7f4c3ca431',
      'OPSGENIE_API_KEY_ID=0d62fbe3-866f-4a04-9ee9-cf7f4c3ca431',
      'const requestId = "0d62fbe3-866f-4a04-9ee9-cf7f4c3ca431";',
    ],
  },
};
