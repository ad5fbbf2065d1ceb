import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'mattermost-access-token': {
    tps: [
      'MATTERMOST_TOKEN=6dzji836nxni6omgqzjg4imoew',
      'const mattermostToken = "6dzji836nxni6omgqzjg4imoew";',
      '{ "mattermostToken": "6dzji836nxni6omgqzjg4imoew" }',
      'mattermost_token: \'6dzji836nxni6omgqzjg4imoew\'',
    ],
    fps: [
      'MATTERMOST_TOKEN=${MATTERMOST_TOKEN}',
      'MATTERMOST_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxx',
      'MATTERMOST_TOKEN=6dzji836nxni6',
      'MATTERMOST_ACCOUNT_ID=6dzji836nxni6omgqzjg4imoew',
      'MATTERMOST_TOKEN_ID=6dzji836nxni6omgqzjg4imoew',
      'const requestId = "6dzji836nxni6omgqzjg4imoew";',
    ],
  },
};
