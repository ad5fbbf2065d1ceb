import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'meilisearch-key': {
    tps: [
      'MEILI_MASTER_KEY=9RnkR5jMwabRe6TLdPWgBSPsJ7vYFLxn',
      'const meiliMasterKey = "9RnkR5jMwabRe6TLdPWgBSPsJ7vYFLxn";',
      '{ "meiliMasterKey": "9RnkR5jMwabRe6TLdPWgBSPsJ7vYFLxn" }',
      'meili_master_key: \'9RnkR5jMwabRe6TLdPWgBSPsJ7vYFLxn\'',
    ],
    fps: [
      'MEILI_MASTER_KEY=${MEILI_MASTER_KEY}',
      'MEILI_MASTER_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'MEILI_MASTER_KEY=9RnkR5jMwabRe6TL',
      'MEILI_ACCOUNT_ID=9RnkR5jMwabRe6TLdPWgBSPsJ7vYFLxn',
      'MEILI_MASTER_KEY_ID=9RnkR5jMwabRe6TLdPWgBSPsJ7vYFLxn',
      'const requestId = "9RnkR5jMwabRe6TLdPWgBSPsJ7vYFLxn";',
    ],
  },
};
