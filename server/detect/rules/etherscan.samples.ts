import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'etherscan-api-key': {
    tps: [
      'ETHERSCAN_API_KEY=985D2K91E983ZA54U8WZSSOBW8PXJ0QXVF',
      'const etherscanApiKey = "985D2K91E983ZA54U8WZSSOBW8PXJ0QXVF";',
      '{ "etherscanApiKey": "985D2K91E983ZA54U8WZSSOBW8PXJ0QXVF" }',
      'etherscan_api_key: \'985D2K91E983ZA54U8WZSSOBW8PXJ0QXVF\'',
    ],
    fps: [
      'ETHERSCAN_API_KEY=${ETHERSCAN_API_KEY}',
      'ETHERSCAN_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'ETHERSCAN_API_KEY=985D2K91E983ZA54U',
      'ETHERSCAN_ACCOUNT_ID=985D2K91E983ZA54U8WZSSOBW8PXJ0QXVF',
      'ETHERSCAN_API_KEY_ID=985D2K91E983ZA54U8WZSSOBW8PXJ0QXVF',
      'const requestId = "985D2K91E983ZA54U8WZSSOBW8PXJ0QXVF";',
    ],
  },
};
