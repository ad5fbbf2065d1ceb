import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'tencent-secret-id': {
    tps: [
      'TENCENTCLOUD_SECRET_ID=AKIDtHDR9CoCwIp0kFvs087fSlXHBiGXE91Q',
      'const tencentcloudSecretId = "AKIDtHDR9CoCwIp0kFvs087fSlXHBiGXE91Q";',
      '{\n  "tencentcloud_secret_id": "AKIDtHDR9CoCwIp0kFvs087fSlXHBiGXE91Q"\n}',
      'env:\n  TENCENTCLOUD_SECRET_ID: \'AKIDtHDR9CoCwIp0kFvs087fSlXHBiGXE91Q\'',
    ],
    fps: [
      'TENCENTCLOUD_SECRET_ID=AKIDxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'TENCENTCLOUD_SECRET_ID=AKIDyour_token_here',
      'const tencentcloudSecretId = process.env.TENCENTCLOUD_SECRET_ID;',
      'TENCENTCLOUD_SECRET_ID=AKIDtHDR9CoCwIp0kFvs',
      'TENCENTCLOUD_SECRET_ID=tHDR9CoCwIp0kFvs087fSlXHBiGXE91Q',
    ],
  },
  'tencent-secret-key': {
    tps: [
      'TENCENTCLOUD_SECRET_KEY=2YFlt4IkbohcgVE0cok26nBP7qN5lAmt',
      'const tencentcloudSecretKey = "2YFlt4IkbohcgVE0cok26nBP7qN5lAmt";',
      '{ "tencentcloudSecretKey": "2YFlt4IkbohcgVE0cok26nBP7qN5lAmt" }',
      'tencentcloud_secret_key: \'2YFlt4IkbohcgVE0cok26nBP7qN5lAmt\'',
    ],
    fps: [
      'TENCENTCLOUD_SECRET_KEY=${TENCENTCLOUD_SECRET_KEY}',
      'TENCENTCLOUD_SECRET_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'TENCENTCLOUD_SECRET_KEY=2YFlt4IkbohcgVE0',
      'TENCENTCLOUD_ACCOUNT_ID=2YFlt4IkbohcgVE0cok26nBP7qN5lAmt',
      'TENCENTCLOUD_SECRET_KEY_ID=2YFlt4IkbohcgVE0cok26nBP7qN5lAmt',
      'const requestId = "2YFlt4IkbohcgVE0cok26nBP7qN5lAmt";',
    ],
  },
};
