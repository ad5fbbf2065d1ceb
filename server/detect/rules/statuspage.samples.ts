import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'statuspage-api-key': {
    tps: [
      'STATUSPAGE_API_KEY=0d1fa283-a5e6-45cc-9509-4fb2e63709c4',
      'const statuspageApiKey = "0d1fa283-a5e6-45cc-9509-4fb2e63709c4";',
      '{ "statuspageApiKey": "0d1fa283-a5e6-45cc-9509-4fb2e63709c4" }',
      'statuspage_api_key: \'0d1fa283-a5e6-45cc-9509-4fb2e63709c4\'',
    ],
    fps: [
      'STATUSPAGE_API_KEY=${STATUSPAGE_API_KEY}',
      'STATUSPAGE_API_KEY=00000000-0000-0000-0000-000000000000',
      'STATUSPAGE_API_KEY=0d1fa283-a5e6-45cc',
      'STATUSPAGE_ACCOUNT_ID=0d1fa283-a5e6-45cc-9509-4fb2e63709c4',
      'STATUSPAGE_API_KEY_ID=0d1fa283-a5e6-45cc-9509-4fb2e63709c4',
      'const requestId = "0d1fa283-a5e6-45cc-9509-4fb2e63709c4";',
    ],
  },
};
