import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'patreon-access-token': {
    tps: [
      'PATREON_ACCESS_TOKEN=CnzfwAOp0pW-mGUVOVHnXTq2SaviS-vIv7QZvknNAef',
      'const patreonAccessToken = "CnzfwAOp0pW-mGUVOVHnXTq2SaviS-vIv7QZvknNAef";',
      '{ "patreonAccessToken": "CnzfwAOp0pW-mGUVOVHnXTq2SaviS-vIv7QZvknNAef" }',
      'patreon_access_token: \'CnzfwAOp0pW-mGUVOVHnXTq2SaviS-vIv7QZvknNAef\'',
    ],
    fps: [
      'PATREON_ACCESS_TOKEN=${PATREON_ACCESS_TOKEN}',
      'PATREON_ACCESS_TOKEN=xxxxxxxxxxx-xxxxxxxxxxxxxxxxx-xxxxxxxxxxxxx',
      'PATREON_ACCESS_TOKEN=CnzfwAOp0pW-mGUVOVHnX',
      'PATREON_ACCOUNT_ID=CnzfwAOp0pW-mGUVOVHnXTq2SaviS-vIv7QZvknNAef',
      'PATREON_ACCESS_TOKEN_ID=CnzfwAOp0pW-mGUVOVHnXTq2SaviS-vIv7QZvknNAef',
      'const requestId = "CnzfwAOp0pW-mGUVOVHnXTq2SaviS-vIv7QZvknNAef";',
    ],
  },
};
