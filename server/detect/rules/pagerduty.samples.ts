import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'pagerduty-api-key': {
    tps: [
      'PAGERDUTY_API_KEY=rkBe4phLexFwLJ_bS1d-',
      'const pagerdutyApiKey = "rkBe4phLexFwLJ_bS1d-";',
      '{ "pagerdutyApiKey": "rkBe4phLexFwLJ_bS1d-" }',
      'pagerduty_api_key: \'rkBe4phLexFwLJ_bS1d-\'',
    ],
    fps: [
      'PAGERDUTY_API_KEY=${PAGERDUTY_API_KEY}',
      'PAGERDUTY_API_KEY=xxxxxxxxxxxxxx_xxxx-',
      'PAGERDUTY_API_KEY=rkBe4phLex',
      'PAGERDUTY_ACCOUNT_ID=rkBe4phLexFwLJ_bS1d-',
      'PAGERDUTY_API_KEY_ID=rkBe4phLexFwLJ_bS1d-',
      'const requestId = "rkBe4phLexFwLJ_bS1d-";',
    ],
  },
};
