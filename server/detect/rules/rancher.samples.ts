import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'rancher-api-token': {
    tps: [
      'RANCHER_TOKEN=token-jtycs:zcqjym9sxlj2i5d92iwfjx9vssscbjwfgac9a74s56ynhatzzl26y8',
      'const rancherToken = "token-jtycs:zcqjym9sxlj2i5d92iwfjx9vssscbjwfgac9a74s56ynhatzzl26y8";',
      '{\n  "rancher_token": "token-jtycs:zcqjym9sxlj2i5d92iwfjx9vssscbjwfgac9a74s56ynhatzzl26y8"\n}',
      'env:\n  RANCHER_TOKEN: \'token-jtycs:zcqjym9sxlj2i5d92iwfjx9vssscbjwfgac9a74s56ynhatzzl26y8\'',
    ],
    fps: [
      'RANCHER_TOKEN=token-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'RANCHER_TOKEN=token-your_token_here',
      'const rancherToken = process.env.RANCHER_TOKEN;',
      'RANCHER_TOKEN=token-jtycs:zcqjym9sxlj2i5d92iwfjx9v',
      'RANCHER_TOKEN=jtycs:zcqjym9sxlj2i5d92iwfjx9vssscbjwfgac9a74s56ynhatzzl26y8',
    ],
  },
};
