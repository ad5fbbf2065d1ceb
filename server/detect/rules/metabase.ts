// Metabase API keys: `mb_` and 44 base64 characters.
import { tokenRule } from './token-rule';

export const metabaseApiKey = tokenRule({
  id: 'metabase-api-key',
  provider: 'Metabase',
  description: 'Metabase API key',
  keywords: ['mb_'],
  pattern: /(?<![\w-])mb_[A-Za-z0-9+/]{43}=(?![\w+/=-])/g,
  envVar: 'METABASE_API_KEY',
  docs: 'https://www.metabase.com/docs/latest/people-and-groups/api-keys',
  prefixLength: 3,
});

export const metabaseRules = [metabaseApiKey];
