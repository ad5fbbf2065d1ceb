import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const KEY = 'HRKU-AApDj99AmiLkwwdbrqSEcjZbQIk4vRV9Q0LaKZ-M2wCzOmZg09t26z7DPCnv';
const LEGACY = '17fc214f-355e-4c2b-a296-2b9a11c3a528';

export const samples: RuleSamples = {
  'heroku-api-key': {
    tps: [...snippets(KEY, 'HEROKU_API_KEY'), `machine api.heroku.com\n  login ops@acme.io\n  password ${KEY}`],
    fps: [...placeholders('HRKU-AA', 'HEROKU_API_KEY', 58), `HEROKU_API_KEY=${KEY.slice(0, 40)}`],
  },
  'heroku-api-key-legacy': {
    tps: [`HEROKU_API_KEY=${LEGACY}`, `const herokuApiKey = "${LEGACY}";`, `heroku_api_key: ${LEGACY}`, `"heroku_token": "${LEGACY}"`],
    fps: [
      'HEROKU_API_KEY=00000000-0000-0000-0000-000000000000',
      `HEROKU_APP_ID=${LEGACY}`,
      `const requestId = "${LEGACY}";`,
      'HEROKU_API_KEY=${HEROKU_API_KEY}',
    ],
  },
};
