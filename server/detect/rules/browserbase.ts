// Browserbase API keys: `bb_live_` and base64url characters.
import { tokenRule } from './token-rule';

export const browserbaseApiKey = tokenRule({
  id: 'browserbase-api-key',
  provider: 'Browserbase',
  description: 'Browserbase API key',
  keywords: ['bb_live_'],
  pattern: /(?<![\w-])bb_live_[\w-]{24,40}(?![\w-])/g,
  envVar: 'BROWSERBASE_API_KEY',
  docs: 'https://docs.browserbase.com/reference/introduction',
  prefixLength: 8,
});

export const browserbaseRules = [browserbaseApiKey];
