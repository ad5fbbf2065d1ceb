import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'clerk-secret-key': {
    tps: [
      'CLERK_SECRET_KEY=sk_live_gMF600QmI2Q5cBqxl775NqLvjjYatSxtA3iu2rceAv2nlS0frJ',
      'const clerkSecretKey = "sk_live_gMF600QmI2Q5cBqxl775NqLvjjYatSxtA3iu2rceAv2nlS0frJ";',
      '{ "clerkSecretKey": "sk_live_gMF600QmI2Q5cBqxl775NqLvjjYatSxtA3iu2rceAv2nlS0frJ" }',
      'clerk_secret_key: \'sk_live_gMF600QmI2Q5cBqxl775NqLvjjYatSxtA3iu2rceAv2nlS0frJ\'',
    ],
    fps: [
      'CLERK_SECRET_KEY=${CLERK_SECRET_KEY}',
      'CLERK_SECRET_KEY=xx_xxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'CLERK_SECRET_KEY=sk_live_gMF600QmI2Q5cBqxl775N',
      'CLERK_ACCOUNT_ID=sk_live_gMF600QmI2Q5cBqxl775NqLvjjYatSxtA3iu2rceAv2nlS0frJ',
      'CLERK_SECRET_KEY_ID=sk_live_gMF600QmI2Q5cBqxl775NqLvjjYatSxtA3iu2rceAv2nlS0frJ',
      'const requestId = "sk_live_gMF600QmI2Q5cBqxl775NqLvjjYatSxtA3iu2rceAv2nlS0frJ";',
    ],
  },
};
