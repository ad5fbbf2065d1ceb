import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'freshbooks-secret': {
    tps: [
      'FRESHBOOKS_CLIENT_SECRET=fa51232413dd0bcb137fd5b8b41337b518a1e4b68872e7cc4d13b4b5c58ff83e',
      'const freshbooksClientSecret = "fa51232413dd0bcb137fd5b8b41337b518a1e4b68872e7cc4d13b4b5c58ff83e";',
      '{ "freshbooksClientSecret": "fa51232413dd0bcb137fd5b8b41337b518a1e4b68872e7cc4d13b4b5c58ff83e" }',
      'freshbooks_client_secret: \'fa51232413dd0bcb137fd5b8b41337b518a1e4b68872e7cc4d13b4b5c58ff83e\'',
    ],
    fps: [
      'FRESHBOOKS_CLIENT_SECRET=${FRESHBOOKS_CLIENT_SECRET}',
      'FRESHBOOKS_CLIENT_SECRET=0000000000000000000000000000000000000000000000000000000000000000',
      'FRESHBOOKS_CLIENT_SECRET=fa51232413dd0bcb137fd5b8b41337b5',
      'FRESHBOOKS_ACCOUNT_ID=fa51232413dd0bcb137fd5b8b41337b518a1e4b68872e7cc4d13b4b5c58ff83e',
      'FRESHBOOKS_CLIENT_SECRET_ID=fa51232413dd0bcb137fd5b8b41337b518a1e4b68872e7cc4d13b4b5c58ff83e',
      'const requestId = "fa51232413dd0bcb137fd5b8b41337b518a1e4b68872e7cc4d13b4b5c58ff83e";',
    ],
  },
};
