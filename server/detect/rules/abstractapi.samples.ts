import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'abstractapi-key': {
    tps: [
      'ABSTRACT_API_KEY=4f3e5cc2b2b65f51753d5a1342273bc2',
      'const abstractApiKey = "4f3e5cc2b2b65f51753d5a1342273bc2";',
      '{ "abstractApiKey": "4f3e5cc2b2b65f51753d5a1342273bc2" }',
      'abstract_api_key: \'4f3e5cc2b2b65f51753d5a1342273bc2\'',
    ],
    fps: [
      'ABSTRACT_API_KEY=${ABSTRACT_API_KEY}',
      'ABSTRACT_API_KEY=00000000000000000000000000000000',
      'ABSTRACT_API_KEY=4f3e5cc2b2b65f51',
      'ABSTRACT_ACCOUNT_ID=4f3e5cc2b2b65f51753d5a1342273bc2',
      'ABSTRACT_API_KEY_ID=4f3e5cc2b2b65f51753d5a1342273bc2',
      'const requestId = "4f3e5cc2b2b65f51753d5a1342273bc2";',
    ],
  },
};
