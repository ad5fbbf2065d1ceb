import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'betterstack-token': {
    tps: [
      'BETTERSTACK_SOURCE_TOKEN=fDnv0y3OGjwGpGedhiuhzH0C',
      'const betterstackSourceToken = "fDnv0y3OGjwGpGedhiuhzH0C";',
      '{ "betterstackSourceToken": "fDnv0y3OGjwGpGedhiuhzH0C" }',
      'betterstack_source_token: \'fDnv0y3OGjwGpGedhiuhzH0C\'',
    ],
    fps: [
      'BETTERSTACK_SOURCE_TOKEN=${BETTERSTACK_SOURCE_TOKEN}',
      'BETTERSTACK_SOURCE_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxx',
      'BETTERSTACK_SOURCE_TOKEN=fDnv0y3OGjwG',
      'BETTERSTACK_ACCOUNT_ID=fDnv0y3OGjwGpGedhiuhzH0C',
      'BETTERSTACK_SOURCE_TOKEN_ID=fDnv0y3OGjwGpGedhiuhzH0C',
      'const requestId = "fDnv0y3OGjwGpGedhiuhzH0C";',
    ],
  },
};
