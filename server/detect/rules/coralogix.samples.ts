import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'coralogix-key': {
    tps: [
      'CORALOGIX_PRIVATE_KEY=a1575afc-95a1-49d0-b2e6-933b4d26bd11',
      'const coralogixPrivateKey = "a1575afc-95a1-49d0-b2e6-933b4d26bd11";',
      '{ "coralogixPrivateKey": "a1575afc-95a1-49d0-b2e6-933b4d26bd11" }',
      'coralogix_private_key: \'a1575afc-95a1-49d0-b2e6-933b4d26bd11\'',
    ],
    fps: [
      'CORALOGIX_PRIVATE_KEY=${CORALOGIX_PRIVATE_KEY}',
      'CORALOGIX_PRIVATE_KEY=00000000-0000-0000-0000-000000000000',
      'CORALOGIX_PRIVATE_KEY=a1575afc-95a1-49d0',
      'CORALOGIX_ACCOUNT_ID=a1575afc-95a1-49d0-b2e6-933b4d26bd11',
      'CORALOGIX_PRIVATE_KEY_ID=a1575afc-95a1-49d0-b2e6-933b4d26bd11',
      'const requestId = "a1575afc-95a1-49d0-b2e6-933b4d26bd11";',
    ],
  },
};
