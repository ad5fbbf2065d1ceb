import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'mixpanel-api-secret': {
    tps: [
      'MIXPANEL_API_SECRET=b784d14b9e37d7a455f918a64e143995',
      'const mixpanelApiSecret = "b784d14b9e37d7a455f918a64e143995";',
      '{ "mixpanelApiSecret": "b784d14b9e37d7a455f918a64e143995" }',
      'mixpanel_api_secret: \'b784d14b9e37d7a455f918a64e143995\'',
    ],
    fps: [
      'MIXPANEL_API_SECRET=${MIXPANEL_API_SECRET}',
      'MIXPANEL_API_SECRET=00000000000000000000000000000000',
      'MIXPANEL_API_SECRET=b784d14b9e37d7a4',
      'MIXPANEL_ACCOUNT_ID=b784d14b9e37d7a455f918a64e143995',
      'MIXPANEL_API_SECRET_ID=b784d14b9e37d7a455f918a64e143995',
      'const requestId = "b784d14b9e37d7a455f918a64e143995";',
    ],
  },
};
