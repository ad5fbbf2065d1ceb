import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'binance-api-secret': {
    tps: [
      'BINANCE_API_SECRET=ZVnanp8onAAG6uXnpL1gBhuGGblfuKEEzpmp7okAhdcZCpryhj4vh0JZM0XC3l9X',
      'const binanceApiSecret = "ZVnanp8onAAG6uXnpL1gBhuGGblfuKEEzpmp7okAhdcZCpryhj4vh0JZM0XC3l9X";',
      '{ "binanceApiSecret": "ZVnanp8onAAG6uXnpL1gBhuGGblfuKEEzpmp7okAhdcZCpryhj4vh0JZM0XC3l9X" }',
      'binance_api_secret: \'ZVnanp8onAAG6uXnpL1gBhuGGblfuKEEzpmp7okAhdcZCpryhj4vh0JZM0XC3l9X\'',
    ],
    fps: [
      'BINANCE_API_SECRET=${BINANCE_API_SECRET}',
      'BINANCE_API_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'BINANCE_API_SECRET=ZVnanp8onAAG6uXnpL1gBhuGGblfuKEE',
      'BINANCE_ACCOUNT_ID=ZVnanp8onAAG6uXnpL1gBhuGGblfuKEEzpmp7okAhdcZCpryhj4vh0JZM0XC3l9X',
      'BINANCE_API_SECRET_ID=ZVnanp8onAAG6uXnpL1gBhuGGblfuKEEzpmp7okAhdcZCpryhj4vh0JZM0XC3l9X',
      'const requestId = "ZVnanp8onAAG6uXnpL1gBhuGGblfuKEEzpmp7okAhdcZCpryhj4vh0JZM0XC3l9X";',
    ],
  },
};
