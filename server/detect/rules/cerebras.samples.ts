import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'cerebras-api-key': {
    tps: [
      'CEREBRAS_API_KEY=csk-tl8gdrywqggjgcxadbdrqcq79beoaf5wkav0rsne2e1f0tzd',
      'const cerebrasApiKey = "csk-tl8gdrywqggjgcxadbdrqcq79beoaf5wkav0rsne2e1f0tzd";',
      '{\n  "cerebras_api_key": "csk-tl8gdrywqggjgcxadbdrqcq79beoaf5wkav0rsne2e1f0tzd"\n}',
      'env:\n  CEREBRAS_API_KEY: \'csk-tl8gdrywqggjgcxadbdrqcq79beoaf5wkav0rsne2e1f0tzd\'',
    ],
    fps: [
      'CEREBRAS_API_KEY=csk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'CEREBRAS_API_KEY=csk-your_token_here',
      'const cerebrasApiKey = process.env.CEREBRAS_API_KEY;',
      'CEREBRAS_API_KEY=csk-tl8gdrywqggjgcxadbdrqcq7',
      'CEREBRAS_API_KEY=tl8gdrywqggjgcxadbdrqcq79beoaf5wkav0rsne2e1f0tzd',
    ],
  },
};
