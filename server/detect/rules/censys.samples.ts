import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'censys-api-secret': {
    tps: [
      'CENSYS_API_SECRET=LXDujTibFBc81Qguv7b3vln0k5Ahu5Tt',
      'const censysApiSecret = "LXDujTibFBc81Qguv7b3vln0k5Ahu5Tt";',
      '{ "censysApiSecret": "LXDujTibFBc81Qguv7b3vln0k5Ahu5Tt" }',
      'censys_api_secret: \'LXDujTibFBc81Qguv7b3vln0k5Ahu5Tt\'',
    ],
    fps: [
      'CENSYS_API_SECRET=${CENSYS_API_SECRET}',
      'CENSYS_API_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'CENSYS_API_SECRET=LXDujTibFBc81Qgu',
      'CENSYS_ACCOUNT_ID=LXDujTibFBc81Qguv7b3vln0k5Ahu5Tt',
      'CENSYS_API_SECRET_ID=LXDujTibFBc81Qguv7b3vln0k5Ahu5Tt',
      'const requestId = "LXDujTibFBc81Qguv7b3vln0k5Ahu5Tt";',
    ],
  },
};
