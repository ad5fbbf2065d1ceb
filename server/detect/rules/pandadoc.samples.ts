import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'pandadoc-api-key': {
    tps: [
      'PANDADOC_API_KEY=b30be7dc24b2d2eccf6a83076b5c76a3a9a36adb',
      'const pandadocApiKey = "b30be7dc24b2d2eccf6a83076b5c76a3a9a36adb";',
      '{ "pandadocApiKey": "b30be7dc24b2d2eccf6a83076b5c76a3a9a36adb" }',
      'pandadoc_api_key: \'b30be7dc24b2d2eccf6a83076b5c76a3a9a36adb\'',
    ],
    fps: [
      'PANDADOC_API_KEY=${PANDADOC_API_KEY}',
      'PANDADOC_API_KEY=0000000000000000000000000000000000000000',
      'PANDADOC_API_KEY=b30be7dc24b2d2eccf6a',
      'PANDADOC_ACCOUNT_ID=b30be7dc24b2d2eccf6a83076b5c76a3a9a36adb',
      'PANDADOC_API_KEY_ID=b30be7dc24b2d2eccf6a83076b5c76a3a9a36adb',
      'const requestId = "b30be7dc24b2d2eccf6a83076b5c76a3a9a36adb";',
    ],
  },
};
