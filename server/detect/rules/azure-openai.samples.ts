import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'azure-openai-api-key': {
    tps: [
      'AZURE_OPENAI_API_KEY=d261bbf3d6ea3e971dfa4dce95d2d7eb',
      'const azureOpenaiApiKey = "d261bbf3d6ea3e971dfa4dce95d2d7eb";',
      '{ "azureOpenaiApiKey": "d261bbf3d6ea3e971dfa4dce95d2d7eb" }',
      'azure_openai_api_key: \'d261bbf3d6ea3e971dfa4dce95d2d7eb\'',
    ],
    fps: [
      'AZURE_OPENAI_API_KEY=${AZURE_OPENAI_API_KEY}',
      'AZURE_OPENAI_API_KEY=00000000000000000000000000000000',
      'AZURE_OPENAI_API_KEY=d261bbf3d6ea3e97',
      'AZURE_ACCOUNT_ID=d261bbf3d6ea3e971dfa4dce95d2d7eb',
      'AZURE_OPENAI_API_KEY_ID=d261bbf3d6ea3e971dfa4dce95d2d7eb',
      'const requestId = "d261bbf3d6ea3e971dfa4dce95d2d7eb";',
    ],
  },
};
