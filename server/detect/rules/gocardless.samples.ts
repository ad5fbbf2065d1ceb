import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'gocardless-access-token': {
    tps: [
      'GOCARDLESS_ACCESS_TOKEN=live_RXPlzvypJvNrtElykFXxwCL6mikZ8a-5BOqVq8fp',
      'const gocardlessAccessToken = "live_RXPlzvypJvNrtElykFXxwCL6mikZ8a-5BOqVq8fp";',
      '{ "gocardlessAccessToken": "live_RXPlzvypJvNrtElykFXxwCL6mikZ8a-5BOqVq8fp" }',
      'gocardless_access_token: \'live_RXPlzvypJvNrtElykFXxwCL6mikZ8a-5BOqVq8fp\'',
    ],
    fps: [
      'GOCARDLESS_ACCESS_TOKEN=${GOCARDLESS_ACCESS_TOKEN}',
      'GOCARDLESS_ACCESS_TOKEN=xxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxx',
      'GOCARDLESS_ACCESS_TOKEN=live_RXPlzvypJvNrtElyk',
      'GOCARDLESS_ACCOUNT_ID=live_RXPlzvypJvNrtElykFXxwCL6mikZ8a-5BOqVq8fp',
      'GOCARDLESS_ACCESS_TOKEN_ID=live_RXPlzvypJvNrtElykFXxwCL6mikZ8a-5BOqVq8fp',
      'const requestId = "live_RXPlzvypJvNrtElykFXxwCL6mikZ8a-5BOqVq8fp";',
    ],
  },
};
