import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'duffel-access-token': {
    tps: [
      'DUFFEL_ACCESS_TOKEN=duffel_live_Ul4Zwct7aIzVUqcKGsSzfJ3PbsBDAl_zcaGnBFuN953',
      'const duffelAccessToken = "duffel_live_Ul4Zwct7aIzVUqcKGsSzfJ3PbsBDAl_zcaGnBFuN953";',
      '{\n  "duffel_access_token": "duffel_live_Ul4Zwct7aIzVUqcKGsSzfJ3PbsBDAl_zcaGnBFuN953"\n}',
      'env:\n  DUFFEL_ACCESS_TOKEN: \'duffel_live_Ul4Zwct7aIzVUqcKGsSzfJ3PbsBDAl_zcaGnBFuN953\'',
    ],
    fps: [
      'DUFFEL_ACCESS_TOKEN=duffel_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'DUFFEL_ACCESS_TOKEN=duffel_live_your_token_here',
      'const duffelAccessToken = process.env.DUFFEL_ACCESS_TOKEN;',
      'DUFFEL_ACCESS_TOKEN=duffel_live_Ul4Zwct7aIzVUqcKGsSzf',
      'DUFFEL_ACCESS_TOKEN=Ul4Zwct7aIzVUqcKGsSzfJ3PbsBDAl_zcaGnBFuN953',
    ],
  },
};
