import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'tomtom-api-key': {
    tps: [
      'TOMTOM_API_KEY=GVHtCfeUuNBOgpLTfoFDGU7CG5mtAmwk',
      'const tomtomApiKey = "GVHtCfeUuNBOgpLTfoFDGU7CG5mtAmwk";',
      '{ "tomtomApiKey": "GVHtCfeUuNBOgpLTfoFDGU7CG5mtAmwk" }',
      'tomtom_api_key: \'GVHtCfeUuNBOgpLTfoFDGU7CG5mtAmwk\'',
    ],
    fps: [
      'TOMTOM_API_KEY=${TOMTOM_API_KEY}',
      'TOMTOM_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'TOMTOM_API_KEY=GVHtCfeUuNBOgpLT',
      'TOMTOM_ACCOUNT_ID=GVHtCfeUuNBOgpLTfoFDGU7CG5mtAmwk',
      'TOMTOM_API_KEY_ID=GVHtCfeUuNBOgpLTfoFDGU7CG5mtAmwk',
      'const requestId = "GVHtCfeUuNBOgpLTfoFDGU7CG5mtAmwk";',
    ],
  },
};
