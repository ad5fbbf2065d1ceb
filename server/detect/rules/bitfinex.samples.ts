import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'bitfinex-api-secret': {
    tps: [
      'BITFINEX_API_SECRET=qyLk3E0E0DmYsKwMs6RG5B0D6Eon1RbVo7alF5wPSmC',
      'const bitfinexApiSecret = "qyLk3E0E0DmYsKwMs6RG5B0D6Eon1RbVo7alF5wPSmC";',
      '{ "bitfinexApiSecret": "qyLk3E0E0DmYsKwMs6RG5B0D6Eon1RbVo7alF5wPSmC" }',
      'bitfinex_api_secret: \'qyLk3E0E0DmYsKwMs6RG5B0D6Eon1RbVo7alF5wPSmC\'',
    ],
    fps: [
      'BITFINEX_API_SECRET=${BITFINEX_API_SECRET}',
      'BITFINEX_API_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'BITFINEX_API_SECRET=qyLk3E0E0DmYsKwMs6RG5',
      'BITFINEX_ACCOUNT_ID=qyLk3E0E0DmYsKwMs6RG5B0D6Eon1RbVo7alF5wPSmC',
      'BITFINEX_API_SECRET_ID=qyLk3E0E0DmYsKwMs6RG5B0D6Eon1RbVo7alF5wPSmC',
      'const requestId = "qyLk3E0E0DmYsKwMs6RG5B0D6Eon1RbVo7alF5wPSmC";',
    ],
  },
};
