import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'mongodb-atlas-private-key': {
    tps: [
      'MONGODB_ATLAS_PRIVATE_KEY=c09a2039-8be8-4a3a-8bb3-cef21bc0cb61',
      'const mongodbAtlasPrivateKey = "c09a2039-8be8-4a3a-8bb3-cef21bc0cb61";',
      '{ "mongodbAtlasPrivateKey": "c09a2039-8be8-4a3a-8bb3-cef21bc0cb61" }',
      'mongodb_atlas_private_key: \'c09a2039-8be8-4a3a-8bb3-cef21bc0cb61\'',
    ],
    fps: [
      'MONGODB_ATLAS_PRIVATE_KEY=${MONGODB_ATLAS_PRIVATE_KEY}',
      'MONGODB_ATLAS_PRIVATE_KEY=00000000-0000-0000-0000-000000000000',
      'MONGODB_ATLAS_PRIVATE_KEY=c09a2039-8be8-4a3a',
      'MONGODB_ACCOUNT_ID=c09a2039-8be8-4a3a-8bb3-cef21bc0cb61',
      'MONGODB_ATLAS_PRIVATE_KEY_ID=c09a2039-8be8-4a3a-8bb3-cef21bc0cb61',
      'const requestId = "c09a2039-8be8-4a3a-8bb3-cef21bc0cb61";',
    ],
  },
};
