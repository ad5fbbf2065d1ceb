import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'plivo-auth-token': {
    tps: [
      'PLIVO_AUTH_TOKEN=CtBjVy1fncRCUMsaThNjD06fSOVS7pKe2KgfFiob',
      'const plivoAuthToken = "CtBjVy1fncRCUMsaThNjD06fSOVS7pKe2KgfFiob";',
      '{ "plivoAuthToken": "CtBjVy1fncRCUMsaThNjD06fSOVS7pKe2KgfFiob" }',
      'plivo_auth_token: \'CtBjVy1fncRCUMsaThNjD06fSOVS7pKe2KgfFiob\'',
    ],
    fps: [
      'PLIVO_AUTH_TOKEN=${PLIVO_AUTH_TOKEN}',
      'PLIVO_AUTH_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'PLIVO_AUTH_TOKEN=CtBjVy1fncRCUMsaThNj',
      'PLIVO_ACCOUNT_ID=CtBjVy1fncRCUMsaThNjD06fSOVS7pKe2KgfFiob',
      'PLIVO_AUTH_TOKEN_ID=CtBjVy1fncRCUMsaThNjD06fSOVS7pKe2KgfFiob',
      'const requestId = "CtBjVy1fncRCUMsaThNjD06fSOVS7pKe2KgfFiob";',
    ],
  },
};
