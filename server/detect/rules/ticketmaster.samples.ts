import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'ticketmaster-api-key': {
    tps: [
      'TICKETMASTER_API_KEY=wj98XX4xMsBU6D1c8AU8VPw6EaiVKc27',
      'const ticketmasterApiKey = "wj98XX4xMsBU6D1c8AU8VPw6EaiVKc27";',
      '{ "ticketmasterApiKey": "wj98XX4xMsBU6D1c8AU8VPw6EaiVKc27" }',
      'ticketmaster_api_key: \'wj98XX4xMsBU6D1c8AU8VPw6EaiVKc27\'',
    ],
    fps: [
      'TICKETMASTER_API_KEY=${TICKETMASTER_API_KEY}',
      'TICKETMASTER_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'TICKETMASTER_API_KEY=wj98XX4xMsBU6D1c',
      'TICKETMASTER_ACCOUNT_ID=wj98XX4xMsBU6D1c8AU8VPw6EaiVKc27',
      'TICKETMASTER_API_KEY_ID=wj98XX4xMsBU6D1c8AU8VPw6EaiVKc27',
      'const requestId = "wj98XX4xMsBU6D1c8AU8VPw6EaiVKc27";',
    ],
  },
};
