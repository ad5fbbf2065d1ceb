import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'lob-api-key': {
    tps: [
      'LOB_API_KEY=live_77e4991e99eb5b8401a5b64cd066929a920',
      'const lobApiKey = "live_77e4991e99eb5b8401a5b64cd066929a920";',
      '{ "lobApiKey": "live_77e4991e99eb5b8401a5b64cd066929a920" }',
      'lob_api_key: \'live_77e4991e99eb5b8401a5b64cd066929a920\'',
    ],
    fps: [
      'LOB_API_KEY=${LOB_API_KEY}',
      'LOB_API_KEY=xxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'LOB_API_KEY=live_77e4991e99eb5b8',
      'LOB_ACCOUNT_ID=live_77e4991e99eb5b8401a5b64cd066929a920',
      'LOB_API_KEY_ID=live_77e4991e99eb5b8401a5b64cd066929a920',
      'const requestId = "live_77e4991e99eb5b8401a5b64cd066929a920";',
    ],
  },
};
