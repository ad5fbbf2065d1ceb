import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'truenas-api-key': {
    tps: [
      'TRUENAS_API_KEY=37-2QWy1o1aMyv0QY8pTKRYeGpTNkPuPaHJ8T5JqiQPuSiL5fkBhu8JcLB0lisXACaA',
      'const truenasApiKey = "37-2QWy1o1aMyv0QY8pTKRYeGpTNkPuPaHJ8T5JqiQPuSiL5fkBhu8JcLB0lisXACaA";',
      '{ "truenasApiKey": "37-2QWy1o1aMyv0QY8pTKRYeGpTNkPuPaHJ8T5JqiQPuSiL5fkBhu8JcLB0lisXACaA" }',
      'truenas_api_key: \'37-2QWy1o1aMyv0QY8pTKRYeGpTNkPuPaHJ8T5JqiQPuSiL5fkBhu8JcLB0lisXACaA\'',
    ],
    fps: [
      'TRUENAS_API_KEY=${TRUENAS_API_KEY}',
      'TRUENAS_API_KEY=xx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'TRUENAS_API_KEY=37-2QWy1o1aMyv0QY8pTKRYeGpTNkPuPa',
      'TRUENAS_ACCOUNT_ID=37-2QWy1o1aMyv0QY8pTKRYeGpTNkPuPaHJ8T5JqiQPuSiL5fkBhu8JcLB0lisXACaA',
      'TRUENAS_API_KEY_ID=37-2QWy1o1aMyv0QY8pTKRYeGpTNkPuPaHJ8T5JqiQPuSiL5fkBhu8JcLB0lisXACaA',
      'const requestId = "37-2QWy1o1aMyv0QY8pTKRYeGpTNkPuPaHJ8T5JqiQPuSiL5fkBhu8JcLB0lisXACaA";',
    ],
  },
};
