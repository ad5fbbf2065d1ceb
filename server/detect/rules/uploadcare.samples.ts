import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'uploadcare-secret-key': {
    tps: [
      'UPLOADCARE_SECRET_KEY=f123864f8986277255d0',
      'const uploadcareSecretKey = "f123864f8986277255d0";',
      '{ "uploadcareSecretKey": "f123864f8986277255d0" }',
      'uploadcare_secret_key: \'f123864f8986277255d0\'',
    ],
    fps: [
      'UPLOADCARE_SECRET_KEY=${UPLOADCARE_SECRET_KEY}',
      'UPLOADCARE_SECRET_KEY=00000000000000000000',
      'UPLOADCARE_SECRET_KEY=f123864f89',
      'UPLOADCARE_ACCOUNT_ID=f123864f8986277255d0',
      'UPLOADCARE_SECRET_KEY_ID=f123864f8986277255d0',
      'const requestId = "f123864f8986277255d0";',
    ],
  },
};
