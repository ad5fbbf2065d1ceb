import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'exa-api-key': {
    tps: [
      'EXA_API_KEY=7c0a27a2-3505-4bc0-ae90-714be74bffd0',
      'const exaApiKey = "7c0a27a2-3505-4bc0-ae90-714be74bffd0";',
      '{ "exaApiKey": "7c0a27a2-3505-4bc0-ae90-714be74bffd0" }',
      'exa_api_key: \'7c0a27a2-3505-4bc0-ae90-714be74bffd0\'',
    ],
    fps: [
      'EXA_API_KEY=${EXA_API_KEY}',
      'EXA_API_KEY=00000000-0000-0000-0000-000000000000',
      'EXA_API_KEY=7c0a27a2-3505-4bc0',
      'EXA_ACCOUNT_ID=7c0a27a2-3505-4bc0-ae90-714be74bffd0',
      'EXA_API_KEY_ID=7c0a27a2-3505-4bc0-ae90-714be74bffd0',
      'const requestId = "7c0a27a2-3505-4bc0-ae90-714be74bffd0";',
    ],
  },
};
