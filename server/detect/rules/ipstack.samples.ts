import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'ipstack-access-key': {
    tps: [
      'IPSTACK_ACCESS_KEY=3d29cc34a6524c1ec666ea84fa07350a',
      'const ipstackAccessKey = "3d29cc34a6524c1ec666ea84fa07350a";',
      '{ "ipstackAccessKey": "3d29cc34a6524c1ec666ea84fa07350a" }',
      'ipstack_access_key: \'3d29cc34a6524c1ec666ea84fa07350a\'',
    ],
    fps: [
      'IPSTACK_ACCESS_KEY=${IPSTACK_ACCESS_KEY}',
      'IPSTACK_ACCESS_KEY=00000000000000000000000000000000',
      'IPSTACK_ACCESS_KEY=3d29cc34a6524c1e',
      'IPSTACK_ACCOUNT_ID=3d29cc34a6524c1ec666ea84fa07350a',
      'IPSTACK_ACCESS_KEY_ID=3d29cc34a6524c1ec666ea84fa07350a',
      'const requestId = "3d29cc34a6524c1ec666ea84fa07350a";',
    ],
  },
};
