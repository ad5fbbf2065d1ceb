import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'docusign-secret-key': {
    tps: [
      'DOCUSIGN_SECRET_KEY=d5f3152c-c578-40d5-94ce-3743c7d08782',
      'const docusignSecretKey = "d5f3152c-c578-40d5-94ce-3743c7d08782";',
      '{ "docusignSecretKey": "d5f3152c-c578-40d5-94ce-3743c7d08782" }',
      'docusign_secret_key: \'d5f3152c-c578-40d5-94ce-3743c7d08782\'',
    ],
    fps: [
      'DOCUSIGN_SECRET_KEY=${DOCUSIGN_SECRET_KEY}',
      'DOCUSIGN_SECRET_KEY=00000000-0000-0000-0000-000000000000',
      'DOCUSIGN_SECRET_KEY=d5f3152c-c578-40d5',
      'DOCUSIGN_ACCOUNT_ID=d5f3152c-c578-40d5-94ce-3743c7d08782',
      'DOCUSIGN_SECRET_KEY_ID=d5f3152c-c578-40d5-94ce-3743c7d08782',
      'const requestId = "d5f3152c-c578-40d5-94ce-3743c7d08782";',
    ],
  },
};
