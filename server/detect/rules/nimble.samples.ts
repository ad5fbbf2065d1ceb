import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'nimble-api-key': {
    tps: [
      'NIMBLE_API_KEY=zfVbaKst1VBkq3JKOW2oooT1a6ingR',
      'const nimbleApiKey = "zfVbaKst1VBkq3JKOW2oooT1a6ingR";',
      '{ "nimbleApiKey": "zfVbaKst1VBkq3JKOW2oooT1a6ingR" }',
      'nimble_api_key: \'zfVbaKst1VBkq3JKOW2oooT1a6ingR\'',
    ],
    fps: [
      'NIMBLE_API_KEY=${NIMBLE_API_KEY}',
      'NIMBLE_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'NIMBLE_API_KEY=zfVbaKst1VBkq3J',
      'NIMBLE_ACCOUNT_ID=zfVbaKst1VBkq3JKOW2oooT1a6ingR',
      'NIMBLE_API_KEY_ID=zfVbaKst1VBkq3JKOW2oooT1a6ingR',
      'const requestId = "zfVbaKst1VBkq3JKOW2oooT1a6ingR";',
    ],
  },
};
