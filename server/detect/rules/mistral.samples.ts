import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'mistral-api-key': {
    tps: [
      'MISTRAL_API_KEY=jprRbf3WwqNTG5JXpokJo6FCekkojitS',
      'const mistralApiKey = "jprRbf3WwqNTG5JXpokJo6FCekkojitS";',
      '{ "mistralApiKey": "jprRbf3WwqNTG5JXpokJo6FCekkojitS" }',
      'mistral_api_key: \'jprRbf3WwqNTG5JXpokJo6FCekkojitS\'',
    ],
    fps: [
      'MISTRAL_API_KEY=${MISTRAL_API_KEY}',
      'MISTRAL_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'MISTRAL_API_KEY=jprRbf3WwqNTG5JX',
      'MISTRAL_ACCOUNT_ID=jprRbf3WwqNTG5JXpokJo6FCekkojitS',
      'MISTRAL_API_KEY_ID=jprRbf3WwqNTG5JXpokJo6FCekkojitS',
      'const requestId = "jprRbf3WwqNTG5JXpokJo6FCekkojitS";',
    ],
  },
};
