import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'ably-api-key': {
    tps: [
      'ABLY_API_KEY=epqdTJ.VAms1g:taO2xBgMjN5ms96HxbhftjpvdZmT7rtyGvsm4A96RkJ',
      'const ablyApiKey = "epqdTJ.VAms1g:taO2xBgMjN5ms96HxbhftjpvdZmT7rtyGvsm4A96RkJ";',
      '{ "ablyApiKey": "epqdTJ.VAms1g:taO2xBgMjN5ms96HxbhftjpvdZmT7rtyGvsm4A96RkJ" }',
      'ably_api_key: \'epqdTJ.VAms1g:taO2xBgMjN5ms96HxbhftjpvdZmT7rtyGvsm4A96RkJ\'',
    ],
    fps: [
      'ABLY_API_KEY=${ABLY_API_KEY}',
      'ABLY_API_KEY=xxxxxx.xxxxxx:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'ABLY_API_KEY=epqdTJ.VAms1g:taO2xBgMjN5ms9',
      'ABLY_ACCOUNT_ID=epqdTJ.VAms1g:taO2xBgMjN5ms96HxbhftjpvdZmT7rtyGvsm4A96RkJ',
      'ABLY_API_KEY_ID=epqdTJ.VAms1g:taO2xBgMjN5ms96HxbhftjpvdZmT7rtyGvsm4A96RkJ',
      'const requestId = "epqdTJ.VAms1g:taO2xBgMjN5ms96HxbhftjpvdZmT7rtyGvsm4A96RkJ";',
    ],
  },
};
