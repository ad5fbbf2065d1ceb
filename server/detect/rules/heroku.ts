// Heroku API keys: the current `HRKU-AA` format, and legacy keys that are bare UUIDs, so only reported
// under a Heroku-ish name (HEROKU_API_KEY, heroku_token, herokuApiKey…).
import { defineRule } from '../rule';
import { assigned } from './assigned';
import { isPlaceholder } from '../placeholder';
import { tokenRule } from './token-rule';

const DOCS = 'https://devcenter.heroku.com/articles/authentication';

export const herokuApiKey = tokenRule({
  id: 'heroku-api-key',
  provider: 'Heroku',
  description: 'Heroku API key',
  keywords: ['hrku-'],
  pattern: /\bHRKU-AA[\w-]{58}(?![\w-])/g,
  envVar: 'HEROKU_API_KEY',
  docs: DOCS,
  prefixLength: 7,
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
  validate: (secret) => (isPlaceholder(secret.replace(/-/g, '')) ? false : {}),
});

export const herokuRules = [herokuApiKey, herokuApiKeyLegacy];
