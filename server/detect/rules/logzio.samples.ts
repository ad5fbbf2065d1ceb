import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'logzio-token': {
    tps: [
      'LOGZIO_TOKEN=BGbtwC0XGvUZPDqMba4IDYV5UVqj5RVb',
      'const logzioToken = "BGbtwC0XGvUZPDqMba4IDYV5UVqj5RVb";',
      '{ "logzioToken": "BGbtwC0XGvUZPDqMba4IDYV5UVqj5RVb" }',
      'logzio_token: \'BGbtwC0XGvUZPDqMba4IDYV5UVqj5RVb\'',
    ],
    fps: [
      'LOGZIO_TOKEN=${LOGZIO_TOKEN}',
      'LOGZIO_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'LOGZIO_TOKEN=BGbtwC0XGvUZPDqM',
      'LOGZIO_ACCOUNT_ID=BGbtwC0XGvUZPDqMba4IDYV5UVqj5RVb',
      'LOGZIO_TOKEN_ID=BGbtwC0XGvUZPDqMba4IDYV5UVqj5RVb',
      'const requestId = "BGbtwC0XGvUZPDqMba4IDYV5UVqj5RVb";',
    ],
  },
};
