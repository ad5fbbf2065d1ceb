// Heroku API keys: the current `HRKU-AA` format, and legacy keys that are bare UUIDs, so only reported
// under a Heroku-ish name (HEROKU_API_KEY, heroku_token, herokuApiKey…).
import { defineRule } from '../rule';
import { assigned } from './assigned';
import { looksLikePlaceholder } from './shape';
import { placeholders, snippets, tokenRule } from './token-rule';

const DOCS = 'https://devcenter.heroku.com/articles/authentication';
const KEY = 'HRKU-AApDj99AmiLkwwdbrqSEcjZbQIk4vRV9Q0LaKZ-M2wCzOmZg09t26z7DPCnv';
const LEGACY = '17fc214f-355e-4c2b-a296-2b9a11c3a528';

export const herokuApiKey = tokenRule({
  id: 'heroku-api-key',
  provider: 'Heroku',
  description: 'Heroku API key',
  keywords: ['hrku-'],
  pattern: /\bHRKU-AA[\w-]{58}(?![\w-])/g,
  envVar: 'HEROKU_API_KEY',
  docs: DOCS,
  prefixLength: 7,
  samples: {
    tps: [...snippets(KEY, 'HEROKU_API_KEY'), `machine api.heroku.com\n  login ops@acme.io\n  password ${KEY}`],
    fps: [...placeholders('HRKU-AA', 'HEROKU_API_KEY', 58), `HEROKU_API_KEY=${KEY.slice(0, 40)}`],
  },
});

export const herokuApiKeyLegacy = defineRule({
  id: 'heroku-api-key-legacy',
  provider: 'Heroku',
  description: 'Heroku API key (legacy UUID format)',
  keywords: ['heroku'],
  pattern: new RegExp(
    assigned('heroku[\\w.-]{0,20}?(?:key|token|secret|pass)', '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
    'gi',
  ),
  envVar: 'HEROKU_API_KEY',
  docs: DOCS,
  validate: (secret) => (looksLikePlaceholder(secret.replace(/-/g, '')) ? false : {}),
  samples: {
    tps: [`HEROKU_API_KEY=${LEGACY}`, `const herokuApiKey = "${LEGACY}";`, `heroku_api_key: ${LEGACY}`, `"heroku_token": "${LEGACY}"`],
    fps: [
      'HEROKU_API_KEY=00000000-0000-0000-0000-000000000000',
      `HEROKU_APP_ID=${LEGACY}`,
      `const requestId = "${LEGACY}";`,
      'HEROKU_API_KEY=${HEROKU_API_KEY}',
    ],
  },
});

export const herokuRules = [herokuApiKey, herokuApiKeyLegacy];
