// Checkly API keys: `cu_` and 32 hex.
import { tokenRule } from './token-rule';

export const checklyApiKey = tokenRule({
  id: 'checkly-api-key',
  provider: 'Checkly',
  description: 'Checkly API key',
  keywords: ['cu_'],
  pattern: /(?<![\w-])cu_[a-f0-9]{32}(?![\w-])/g,
  envVar: 'CHECKLY_API_KEY',
  docs: 'https://www.checklyhq.com/docs/integrations/api/',
  prefixLength: 3,
});

export const checklyRules = [checklyApiKey];
