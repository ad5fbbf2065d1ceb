import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'helicone-api-key': {
    tps: [
      'HELICONE_API_KEY=sk-helicone-uhvz4ki-3t0b5fc-dv9ltzc-x4hfptx',
      'const heliconeApiKey = "sk-helicone-uhvz4ki-3t0b5fc-dv9ltzc-x4hfptx";',
      '{\n  "helicone_api_key": "sk-helicone-uhvz4ki-3t0b5fc-dv9ltzc-x4hfptx"\n}',
      'env:\n  HELICONE_API_KEY: \'sk-helicone-uhvz4ki-3t0b5fc-dv9ltzc-x4hfptx\'',
    ],
    fps: [
      'HELICONE_API_KEY=sk-helicone-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'HELICONE_API_KEY=sk-helicone-your_token_here',
      'const heliconeApiKey = process.env.HELICONE_API_KEY;',
      'HELICONE_API_KEY=sk-helicone-uhvz4ki-3t0b5fc',
      'HELICONE_API_KEY=uhvz4ki-3t0b5fc-dv9ltzc-x4hfptx',
    ],
  },
};
