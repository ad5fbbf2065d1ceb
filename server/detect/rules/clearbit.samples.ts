import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'clearbit-secret-key': {
    tps: [
      'CLEARBIT_SECRET_KEY=sk_37c734552483566dc7843983c3154733',
      'const clearbitSecretKey = "sk_37c734552483566dc7843983c3154733";',
      '{ "clearbitSecretKey": "sk_37c734552483566dc7843983c3154733" }',
      'clearbit_secret_key: \'sk_37c734552483566dc7843983c3154733\'',
    ],
    fps: [
      'CLEARBIT_SECRET_KEY=${CLEARBIT_SECRET_KEY}',
      'CLEARBIT_SECRET_KEY=xx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'CLEARBIT_SECRET_KEY=sk_37c73455248356',
      'CLEARBIT_ACCOUNT_ID=sk_37c734552483566dc7843983c3154733',
      'CLEARBIT_SECRET_KEY_ID=sk_37c734552483566dc7843983c3154733',
      'const requestId = "sk_37c734552483566dc7843983c3154733";',
    ],
  },
};
