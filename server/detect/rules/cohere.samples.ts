import type { RuleSamples } from '../rule';

const KEY = 'BRwZkm5i4gDXJPJ449Z1TAGjMcqfA261TAjcDKas';

export const samples: RuleSamples = {
  'cohere-api-key': {
    tps: [`COHERE_API_KEY=${KEY}`, `CO_API_KEY="${KEY}"`, `const cohereApiKey = '${KEY}';`],
    fps: ['COHERE_API_KEY=${COHERE_API_KEY}', `COHERE_MODEL=${KEY}`, `COHERE_API_KEY=${'x'.repeat(40)}`],
  },
};
