import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'reddit-client-secret': {
    tps: [
      'REDDIT_CLIENT_SECRET=_BvEL_8ABx9LYXHXBYzLcJqjVDEPtj',
      'const redditClientSecret = "_BvEL_8ABx9LYXHXBYzLcJqjVDEPtj";',
      '{ "redditClientSecret": "_BvEL_8ABx9LYXHXBYzLcJqjVDEPtj" }',
      'reddit_client_secret: \'_BvEL_8ABx9LYXHXBYzLcJqjVDEPtj\'',
    ],
    fps: [
      'REDDIT_CLIENT_SECRET=${REDDIT_CLIENT_SECRET}',
      'REDDIT_CLIENT_SECRET=_xxxx_xxxxxxxxxxxxxxxxxxxxxxxx',
      'REDDIT_CLIENT_SECRET=_BvEL_8ABx9LYXH',
      'REDDIT_ACCOUNT_ID=_BvEL_8ABx9LYXHXBYzLcJqjVDEPtj',
      'REDDIT_CLIENT_SECRET_ID=_BvEL_8ABx9LYXHXBYzLcJqjVDEPtj',
      'const requestId = "_BvEL_8ABx9LYXHXBYzLcJqjVDEPtj";',
    ],
  },
};
