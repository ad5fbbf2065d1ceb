import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'packagecloud-token': {
    tps: [
      'PACKAGECLOUD_TOKEN=41a73eaf89ae10067cdeb07ac48519481720b2e7265ecb2d',
      'const packagecloudToken = "41a73eaf89ae10067cdeb07ac48519481720b2e7265ecb2d";',
      '{ "packagecloudToken": "41a73eaf89ae10067cdeb07ac48519481720b2e7265ecb2d" }',
      'packagecloud_token: \'41a73eaf89ae10067cdeb07ac48519481720b2e7265ecb2d\'',
    ],
    fps: [
      'PACKAGECLOUD_TOKEN=${PACKAGECLOUD_TOKEN}',
      'PACKAGECLOUD_TOKEN=000000000000000000000000000000000000000000000000',
      'PACKAGECLOUD_TOKEN=41a73eaf89ae10067cdeb07a',
      'PACKAGECLOUD_ACCOUNT_ID=41a73eaf89ae10067cdeb07ac48519481720b2e7265ecb2d',
      'PACKAGECLOUD_TOKEN_ID=41a73eaf89ae10067cdeb07ac48519481720b2e7265ecb2d',
      'const requestId = "41a73eaf89ae10067cdeb07ac48519481720b2e7265ecb2d";',
    ],
  },
};
