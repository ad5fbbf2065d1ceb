import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'gitter-access-token': {
    tps: [
      'GITTER_TOKEN=931febd64446a59be682a3c38902d5ece01a210f',
      'const gitterToken = "931febd64446a59be682a3c38902d5ece01a210f";',
      '{ "gitterToken": "931febd64446a59be682a3c38902d5ece01a210f" }',
      'gitter_token: \'931febd64446a59be682a3c38902d5ece01a210f\'',
    ],
    fps: [
      'GITTER_TOKEN=${GITTER_TOKEN}',
      'GITTER_TOKEN=0000000000000000000000000000000000000000',
      'GITTER_TOKEN=931febd64446a59be682',
      'GITTER_ACCOUNT_ID=931febd64446a59be682a3c38902d5ece01a210f',
      'GITTER_TOKEN_ID=931febd64446a59be682a3c38902d5ece01a210f',
      'const requestId = "931febd64446a59be682a3c38902d5ece01a210f";',
    ],
  },
};
