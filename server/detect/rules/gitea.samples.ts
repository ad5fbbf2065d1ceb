import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'gitea-access-token': {
    tps: [
      'GITEA_TOKEN=e7c0bb033f1e35c3199522fd074d953f5d0391fe',
      'const giteaToken = "e7c0bb033f1e35c3199522fd074d953f5d0391fe";',
      '{ "giteaToken": "e7c0bb033f1e35c3199522fd074d953f5d0391fe" }',
      'gitea_token: \'e7c0bb033f1e35c3199522fd074d953f5d0391fe\'',
    ],
    fps: [
      'GITEA_TOKEN=${GITEA_TOKEN}',
      'GITEA_TOKEN=0000000000000000000000000000000000000000',
      'GITEA_TOKEN=e7c0bb033f1e35c31995',
      'GITEA_ACCOUNT_ID=e7c0bb033f1e35c3199522fd074d953f5d0391fe',
      'GITEA_TOKEN_ID=e7c0bb033f1e35c3199522fd074d953f5d0391fe',
      'const requestId = "e7c0bb033f1e35c3199522fd074d953f5d0391fe";',
    ],
  },
};
