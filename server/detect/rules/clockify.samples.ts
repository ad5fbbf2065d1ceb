import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'clockify-api-key': {
    tps: [
      'CLOCKIFY_API_KEY=KlHVVUgA1T9nTLAx0xYYBH5VzmqX7Ejaurr3PR2fF6um10Nc',
      'const clockifyApiKey = "KlHVVUgA1T9nTLAx0xYYBH5VzmqX7Ejaurr3PR2fF6um10Nc";',
      '{ "clockifyApiKey": "KlHVVUgA1T9nTLAx0xYYBH5VzmqX7Ejaurr3PR2fF6um10Nc" }',
      'clockify_api_key: \'KlHVVUgA1T9nTLAx0xYYBH5VzmqX7Ejaurr3PR2fF6um10Nc\'',
    ],
    fps: [
      'CLOCKIFY_API_KEY=${CLOCKIFY_API_KEY}',
      'CLOCKIFY_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'CLOCKIFY_API_KEY=KlHVVUgA1T9nTLAx0xYYBH5V',
      'CLOCKIFY_ACCOUNT_ID=KlHVVUgA1T9nTLAx0xYYBH5VzmqX7Ejaurr3PR2fF6um10Nc',
      'CLOCKIFY_API_KEY_ID=KlHVVUgA1T9nTLAx0xYYBH5VzmqX7Ejaurr3PR2fF6um10Nc',
      'const requestId = "KlHVVUgA1T9nTLAx0xYYBH5VzmqX7Ejaurr3PR2fF6um10Nc";',
    ],
  },
};
