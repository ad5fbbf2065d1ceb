import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'iexcloud-secret-token': {
    tps: [
      'IEX_CLOUD_SECRET_TOKEN=sk_96d0f856170a5ff6d4fdc33d33be1341',
      'const iexCloudSecretToken = "sk_96d0f856170a5ff6d4fdc33d33be1341";',
      '{ "iexCloudSecretToken": "sk_96d0f856170a5ff6d4fdc33d33be1341" }',
      'iex_cloud_secret_token: \'sk_96d0f856170a5ff6d4fdc33d33be1341\'',
    ],
    fps: [
      'IEX_CLOUD_SECRET_TOKEN=${IEX_CLOUD_SECRET_TOKEN}',
      'IEX_CLOUD_SECRET_TOKEN=xx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'IEX_CLOUD_SECRET_TOKEN=sk_96d0f856170a5f',
      'IEX_ACCOUNT_ID=sk_96d0f856170a5ff6d4fdc33d33be1341',
      'IEX_CLOUD_SECRET_TOKEN_ID=sk_96d0f856170a5ff6d4fdc33d33be1341',
      'const requestId = "sk_96d0f856170a5ff6d4fdc33d33be1341";',
    ],
  },
};
