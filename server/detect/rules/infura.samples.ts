import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'infura-api-key': {
    tps: [
      'INFURA_API_KEY=4dcc0386d80f4e4723fee3058e8eb907',
      'const infuraApiKey = "4dcc0386d80f4e4723fee3058e8eb907";',
      '{ "infuraApiKey": "4dcc0386d80f4e4723fee3058e8eb907" }',
      'infura_api_key: \'4dcc0386d80f4e4723fee3058e8eb907\'',
    ],
    fps: [
      'INFURA_API_KEY=${INFURA_API_KEY}',
      'INFURA_API_KEY=00000000000000000000000000000000',
      'INFURA_API_KEY=4dcc0386d80f4e47',
      'INFURA_ACCOUNT_ID=4dcc0386d80f4e4723fee3058e8eb907',
      'INFURA_API_KEY_ID=4dcc0386d80f4e4723fee3058e8eb907',
      'const requestId = "4dcc0386d80f4e4723fee3058e8eb907";',
    ],
  },
};
