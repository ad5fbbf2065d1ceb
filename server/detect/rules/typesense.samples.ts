import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'typesense-api-key': {
    tps: [
      'TYPESENSE_API_KEY=GnplgvqPUwXEKWB0sAyE5eW6JMnozQrW',
      'const typesenseApiKey = "GnplgvqPUwXEKWB0sAyE5eW6JMnozQrW";',
      '{ "typesenseApiKey": "GnplgvqPUwXEKWB0sAyE5eW6JMnozQrW" }',
      'typesense_api_key: \'GnplgvqPUwXEKWB0sAyE5eW6JMnozQrW\'',
    ],
    fps: [
      'TYPESENSE_API_KEY=${TYPESENSE_API_KEY}',
      'TYPESENSE_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'TYPESENSE_API_KEY=GnplgvqPUwXEKWB0',
      'TYPESENSE_ACCOUNT_ID=GnplgvqPUwXEKWB0sAyE5eW6JMnozQrW',
      'TYPESENSE_API_KEY_ID=GnplgvqPUwXEKWB0sAyE5eW6JMnozQrW',
      'const requestId = "GnplgvqPUwXEKWB0sAyE5eW6JMnozQrW";',
    ],
  },
};
