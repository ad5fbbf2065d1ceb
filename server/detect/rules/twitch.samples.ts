import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'twitch-api-token': {
    tps: [
      'TWITCH_CLIENT_SECRET=80dyvlywc1x60ycofh019qnpp1y8z6',
      'const twitchClientSecret = "80dyvlywc1x60ycofh019qnpp1y8z6";',
      '{ "twitchClientSecret": "80dyvlywc1x60ycofh019qnpp1y8z6" }',
      'twitch_client_secret: \'80dyvlywc1x60ycofh019qnpp1y8z6\'',
    ],
    fps: [
      'TWITCH_CLIENT_SECRET=${TWITCH_CLIENT_SECRET}',
      'TWITCH_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'TWITCH_CLIENT_SECRET=80dyvlywc1x60yc',
      'TWITCH_ACCOUNT_ID=80dyvlywc1x60ycofh019qnpp1y8z6',
      'TWITCH_CLIENT_SECRET_ID=80dyvlywc1x60ycofh019qnpp1y8z6',
      'const requestId = "80dyvlywc1x60ycofh019qnpp1y8z6";',
    ],
  },
  'twitch-chat-oauth-token': {
    tps: [
      'TWITCH_OAUTH_TOKEN=oauth:pqmboazqmqfjwgw5ovbjp9dlej0tr5',
      'const twitchOauthToken = "oauth:pqmboazqmqfjwgw5ovbjp9dlej0tr5";',
      '{\n  "twitch_oauth_token": "oauth:pqmboazqmqfjwgw5ovbjp9dlej0tr5"\n}',
      'env:\n  TWITCH_OAUTH_TOKEN: \'oauth:pqmboazqmqfjwgw5ovbjp9dlej0tr5\'',
    ],
    fps: [
      'TWITCH_OAUTH_TOKEN=oauth:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'TWITCH_OAUTH_TOKEN=oauth:your_token_here',
      'const twitchOauthToken = process.env.TWITCH_OAUTH_TOKEN;',
      'TWITCH_OAUTH_TOKEN=oauth:pqmboazqmqfjwgw',
      'TWITCH_OAUTH_TOKEN=pqmboazqmqfjwgw5ovbjp9dlej0tr5',
    ],
  },
};
