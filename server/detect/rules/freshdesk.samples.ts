import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'freshdesk-api-key': {
    tps: [
      'FRESHDESK_API_KEY=uYO5CVUMLOlyq0nfoJGX',
      'const freshdeskApiKey = "uYO5CVUMLOlyq0nfoJGX";',
      '{ "freshdeskApiKey": "uYO5CVUMLOlyq0nfoJGX" }',
      'freshdesk_api_key: \'uYO5CVUMLOlyq0nfoJGX\'',
    ],
    fps: [
      'FRESHDESK_API_KEY=${FRESHDESK_API_KEY}',
      'FRESHDESK_API_KEY=xxxxxxxxxxxxxxxxxxxx',
      'FRESHDESK_API_KEY=uYO5CVUMLO',
      'FRESHDESK_ACCOUNT_ID=uYO5CVUMLOlyq0nfoJGX',
      'FRESHDESK_API_KEY_ID=uYO5CVUMLOlyq0nfoJGX',
      'const requestId = "uYO5CVUMLOlyq0nfoJGX";',
    ],
  },
};
