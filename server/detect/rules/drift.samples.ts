import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'drift-access-token': {
    tps: [
      'DRIFT_ACCESS_TOKEN=ML3mOb1Uqmu0SzDNHkwwrPgAVJCNdImk',
      'const driftAccessToken = "ML3mOb1Uqmu0SzDNHkwwrPgAVJCNdImk";',
      '{ "driftAccessToken": "ML3mOb1Uqmu0SzDNHkwwrPgAVJCNdImk" }',
      'drift_access_token: \'ML3mOb1Uqmu0SzDNHkwwrPgAVJCNdImk\'',
    ],
    fps: [
      'DRIFT_ACCESS_TOKEN=${DRIFT_ACCESS_TOKEN}',
      'DRIFT_ACCESS_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'DRIFT_ACCESS_TOKEN=ML3mOb1Uqmu0SzDN',
      'DRIFT_ACCOUNT_ID=ML3mOb1Uqmu0SzDNHkwwrPgAVJCNdImk',
      'DRIFT_ACCESS_TOKEN_ID=ML3mOb1Uqmu0SzDNHkwwrPgAVJCNdImk',
      'const requestId = "ML3mOb1Uqmu0SzDNHkwwrPgAVJCNdImk";',
    ],
  },
};
