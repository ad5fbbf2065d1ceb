import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'deepgram-api-key': {
    tps: [
      'DEEPGRAM_API_KEY=af72dd32edb695ced89e0f5094f57acbb7bfed9d',
      'const deepgramApiKey = "af72dd32edb695ced89e0f5094f57acbb7bfed9d";',
      '{ "deepgramApiKey": "af72dd32edb695ced89e0f5094f57acbb7bfed9d" }',
      'deepgram_api_key: \'af72dd32edb695ced89e0f5094f57acbb7bfed9d\'',
    ],
    fps: [
      'DEEPGRAM_API_KEY=${DEEPGRAM_API_KEY}',
      'DEEPGRAM_API_KEY=0000000000000000000000000000000000000000',
      'DEEPGRAM_API_KEY=af72dd32edb695ced89e',
      'DEEPGRAM_ACCOUNT_ID=af72dd32edb695ced89e0f5094f57acbb7bfed9d',
      'DEEPGRAM_API_KEY_ID=af72dd32edb695ced89e0f5094f57acbb7bfed9d',
      'const requestId = "af72dd32edb695ced89e0f5094f57acbb7bfed9d";',
    ],
  },
};
