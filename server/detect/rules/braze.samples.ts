import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'braze-api-key': {
    tps: [
      'BRAZE_API_KEY=d7b0de64-ba0f-4025-b3a8-d3fcf0cab0ad',
      'const brazeApiKey = "d7b0de64-ba0f-4025-b3a8-d3fcf0cab0ad";',
      '{ "brazeApiKey": "d7b0de64-ba0f-4025-b3a8-d3fcf0cab0ad" }',
      'braze_api_key: \'d7b0de64-ba0f-4025-b3a8-d3fcf0cab0ad\'',
    ],
    fps: [
      'BRAZE_API_KEY=${BRAZE_API_KEY}',
      'BRAZE_API_KEY=00000000-0000-0000-0000-000000000000',
      'BRAZE_API_KEY=d7b0de64-ba0f-4025',
      'BRAZE_ACCOUNT_ID=d7b0de64-ba0f-4025-b3a8-d3fcf0cab0ad',
      'BRAZE_API_KEY_ID=d7b0de64-ba0f-4025-b3a8-d3fcf0cab0ad',
      'const requestId = "d7b0de64-ba0f-4025-b3a8-d3fcf0cab0ad";',
    ],
  },
};
