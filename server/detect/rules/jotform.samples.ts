import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'jotform-api-key': {
    tps: [
      'JOTFORM_API_KEY=e0f37bc5df13c13286d52e88de8ed2e4',
      'const jotformApiKey = "e0f37bc5df13c13286d52e88de8ed2e4";',
      '{ "jotformApiKey": "e0f37bc5df13c13286d52e88de8ed2e4" }',
      'jotform_api_key: \'e0f37bc5df13c13286d52e88de8ed2e4\'',
    ],
    fps: [
      'JOTFORM_API_KEY=${JOTFORM_API_KEY}',
      'JOTFORM_API_KEY=00000000000000000000000000000000',
      'JOTFORM_API_KEY=e0f37bc5df13c132',
      'JOTFORM_ACCOUNT_ID=e0f37bc5df13c13286d52e88de8ed2e4',
      'JOTFORM_API_KEY_ID=e0f37bc5df13c13286d52e88de8ed2e4',
      'const requestId = "e0f37bc5df13c13286d52e88de8ed2e4";',
    ],
  },
};
