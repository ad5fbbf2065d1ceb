import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'accuweather-api-key': {
    tps: [
      'ACCUWEATHER_API_KEY=4E2YAp3xZqhXEV7flhmnNF3ICHhxXc1L',
      'const accuweatherApiKey = "4E2YAp3xZqhXEV7flhmnNF3ICHhxXc1L";',
      '{ "accuweatherApiKey": "4E2YAp3xZqhXEV7flhmnNF3ICHhxXc1L" }',
      'accuweather_api_key: \'4E2YAp3xZqhXEV7flhmnNF3ICHhxXc1L\'',
    ],
    fps: [
      'ACCUWEATHER_API_KEY=${ACCUWEATHER_API_KEY}',
      'ACCUWEATHER_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'ACCUWEATHER_API_KEY=4E2YAp3xZqhXEV7f',
      'ACCUWEATHER_ACCOUNT_ID=4E2YAp3xZqhXEV7flhmnNF3ICHhxXc1L',
      'ACCUWEATHER_API_KEY_ID=4E2YAp3xZqhXEV7flhmnNF3ICHhxXc1L',
      'const requestId = "4E2YAp3xZqhXEV7flhmnNF3ICHhxXc1L";',
    ],
  },
};
