import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'bigcommerce-access-token': {
    tps: [
      'BIGCOMMERCE_ACCESS_TOKEN=74jsbbv7i63ndpn6t1x6nvv9f4m34kz',
      'const bigcommerceAccessToken = "74jsbbv7i63ndpn6t1x6nvv9f4m34kz";',
      '{ "bigcommerceAccessToken": "74jsbbv7i63ndpn6t1x6nvv9f4m34kz" }',
      'bigcommerce_access_token: \'74jsbbv7i63ndpn6t1x6nvv9f4m34kz\'',
    ],
    fps: [
      'BIGCOMMERCE_ACCESS_TOKEN=${BIGCOMMERCE_ACCESS_TOKEN}',
      'BIGCOMMERCE_ACCESS_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'BIGCOMMERCE_ACCESS_TOKEN=74jsbbv7i63ndpn',
      'BIGCOMMERCE_ACCOUNT_ID=74jsbbv7i63ndpn6t1x6nvv9f4m34kz',
      'BIGCOMMERCE_ACCESS_TOKEN_ID=74jsbbv7i63ndpn6t1x6nvv9f4m34kz',
      'const requestId = "74jsbbv7i63ndpn6t1x6nvv9f4m34kz";',
    ],
  },
};
