import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'shortcut-api-token': {
    tps: [
      'SHORTCUT_API_TOKEN=bbc48d15-7600-41d9-b5ee-b1a3157eadf8',
      'const shortcutApiToken = "bbc48d15-7600-41d9-b5ee-b1a3157eadf8";',
      '{ "shortcutApiToken": "bbc48d15-7600-41d9-b5ee-b1a3157eadf8" }',
      'shortcut_api_token: \'bbc48d15-7600-41d9-b5ee-b1a3157eadf8\'',
    ],
    fps: [
      'SHORTCUT_API_TOKEN=${SHORTCUT_API_TOKEN}',
      'SHORTCUT_API_TOKEN=00000000-0000-0000-0000-000000000000',
      'SHORTCUT_API_TOKEN=bbc48d15-7600-41d9',
      'SHORTCUT_ACCOUNT_ID=bbc48d15-7600-41d9-b5ee-b1a3157eadf8',
      'SHORTCUT_API_TOKEN_ID=bbc48d15-7600-41d9-b5ee-b1a3157eadf8',
      'const requestId = "bbc48d15-7600-41d9-b5ee-b1a3157eadf8";',
    ],
  },
};
