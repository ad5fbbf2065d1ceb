import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'quay-token': {
    tps: [
      'QUAY_TOKEN=IDTm88dLoVBe896m5q0iG6YzfYLOV2DmXW8T18Ij',
      'const quayToken = "IDTm88dLoVBe896m5q0iG6YzfYLOV2DmXW8T18Ij";',
      '{ "quayToken": "IDTm88dLoVBe896m5q0iG6YzfYLOV2DmXW8T18Ij" }',
      'quay_token: \'IDTm88dLoVBe896m5q0iG6YzfYLOV2DmXW8T18Ij\'',
    ],
    fps: [
      'QUAY_TOKEN=${QUAY_TOKEN}',
      'QUAY_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'QUAY_TOKEN=IDTm88dLoVBe896m5q0i',
      'QUAY_ACCOUNT_ID=IDTm88dLoVBe896m5q0iG6YzfYLOV2DmXW8T18Ij',
      'QUAY_TOKEN_ID=IDTm88dLoVBe896m5q0iG6YzfYLOV2DmXW8T18Ij',
      'const requestId = "IDTm88dLoVBe896m5q0iG6YzfYLOV2DmXW8T18Ij";',
    ],
  },
};
