import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'statsig-server-secret': {
    tps: [
      'STATSIG_SERVER_SECRET=secret-ZSKsN3kaQiWRx0jMBhdotGGsNUbU2vnjWLr8YvV1ZWK',
      'const statsigServerSecret = "secret-ZSKsN3kaQiWRx0jMBhdotGGsNUbU2vnjWLr8YvV1ZWK";',
      '{\n  "statsig_server_secret": "secret-ZSKsN3kaQiWRx0jMBhdotGGsNUbU2vnjWLr8YvV1ZWK"\n}',
      'env:\n  STATSIG_SERVER_SECRET: \'secret-ZSKsN3kaQiWRx0jMBhdotGGsNUbU2vnjWLr8YvV1ZWK\'',
    ],
    fps: [
      'STATSIG_SERVER_SECRET=secret-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'STATSIG_SERVER_SECRET=secret-your_token_here',
      'const statsigServerSecret = process.env.STATSIG_SERVER_SECRET;',
      'STATSIG_SERVER_SECRET=secret-ZSKsN3kaQiWRx0jMBhdot',
      'STATSIG_SERVER_SECRET=ZSKsN3kaQiWRx0jMBhdotGGsNUbU2vnjWLr8YvV1ZWK',
    ],
  },
};
