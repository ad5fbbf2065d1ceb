import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'modal-token-secret': {
    tps: [
      'MODAL_TOKEN_SECRET=as-Ikh6es7rGXbD6GWHiBu2iR',
      'const modalTokenSecret = "as-Ikh6es7rGXbD6GWHiBu2iR";',
      '{ "modalTokenSecret": "as-Ikh6es7rGXbD6GWHiBu2iR" }',
      'modal_token_secret: \'as-Ikh6es7rGXbD6GWHiBu2iR\'',
    ],
    fps: [
      'MODAL_TOKEN_SECRET=${MODAL_TOKEN_SECRET}',
      'MODAL_TOKEN_SECRET=xx-xxxxxxxxxxxxxxxxxxxxxx',
      'MODAL_TOKEN_SECRET=as-Ikh6es7rG',
      'MODAL_ACCOUNT_ID=as-Ikh6es7rGXbD6GWHiBu2iR',
      'MODAL_TOKEN_SECRET_ID=as-Ikh6es7rGXbD6GWHiBu2iR',
      'const requestId = "as-Ikh6es7rGXbD6GWHiBu2iR";',
    ],
  },
};
