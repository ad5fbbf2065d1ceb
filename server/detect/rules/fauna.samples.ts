import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'fauna-secret': {
    tps: [
      'FAUNA_SECRET=fnQ-m10QzRkJs9i9X__jlY-M-K472V-MNCn0hKn6',
      'const faunaSecret = "fnQ-m10QzRkJs9i9X__jlY-M-K472V-MNCn0hKn6";',
      '{ "faunaSecret": "fnQ-m10QzRkJs9i9X__jlY-M-K472V-MNCn0hKn6" }',
      'fauna_secret: \'fnQ-m10QzRkJs9i9X__jlY-M-K472V-MNCn0hKn6\'',
    ],
    fps: [
      'FAUNA_SECRET=${FAUNA_SECRET}',
      'FAUNA_SECRET=xxx-xxxxxxxxxxxxx__xxx-x-xxxxx-xxxxxxxxx',
      'FAUNA_SECRET=fnQ-m10QzRkJs9i9X__j',
      'FAUNA_ACCOUNT_ID=fnQ-m10QzRkJs9i9X__jlY-M-K472V-MNCn0hKn6',
      'FAUNA_SECRET_ID=fnQ-m10QzRkJs9i9X__jlY-M-K472V-MNCn0hKn6',
      'const requestId = "fnQ-m10QzRkJs9i9X__jlY-M-K472V-MNCn0hKn6";',
    ],
  },
};
