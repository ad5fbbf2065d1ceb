import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'auth0-client-secret': {
    tps: [
      'AUTH0_CLIENT_SECRET=eQYc6ydz3BjV5LSGMY9uvxJEqCpQelTFN-bVpBhVmjOvEenknI2001hueAsO0xzK',
      'const auth0ClientSecret = "eQYc6ydz3BjV5LSGMY9uvxJEqCpQelTFN-bVpBhVmjOvEenknI2001hueAsO0xzK";',
      '{ "auth0ClientSecret": "eQYc6ydz3BjV5LSGMY9uvxJEqCpQelTFN-bVpBhVmjOvEenknI2001hueAsO0xzK" }',
      'auth0_client_secret: \'eQYc6ydz3BjV5LSGMY9uvxJEqCpQelTFN-bVpBhVmjOvEenknI2001hueAsO0xzK\'',
    ],
    fps: [
      'AUTH0_CLIENT_SECRET=${AUTH0_CLIENT_SECRET}',
      'AUTH0_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'AUTH0_CLIENT_SECRET=eQYc6ydz3BjV5LSGMY9uvxJEqCpQelTF',
      'AUTH0_ACCOUNT_ID=eQYc6ydz3BjV5LSGMY9uvxJEqCpQelTFN-bVpBhVmjOvEenknI2001hueAsO0xzK',
      'AUTH0_CLIENT_SECRET_ID=eQYc6ydz3BjV5LSGMY9uvxJEqCpQelTFN-bVpBhVmjOvEenknI2001hueAsO0xzK',
      'const requestId = "eQYc6ydz3BjV5LSGMY9uvxJEqCpQelTFN-bVpBhVmjOvEenknI2001hueAsO0xzK";',
    ],
  },
};
