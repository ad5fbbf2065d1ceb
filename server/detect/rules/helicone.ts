// Helicone API keys: `sk-helicone-` and four dash-separated groups of 7.
import { tokenRule } from './token-rule';

export const heliconeApiKey = tokenRule({
  id: 'helicone-api-key',
  provider: 'Helicone',
  description: 'Helicone API key',
  keywords: ['sk-helicone-'],
  pattern: /(?<![\w-])sk-helicone-[a-z0-9]{7}-[a-z0-9]{7}-[a-z0-9]{7}-[a-z0-9]{7}(?![\w-])/g,
  envVar: 'HELICONE_API_KEY',
  docs: 'https://docs.helicone.ai/getting-started/quick-start',
  prefixLength: 12,
});

export const heliconeRules = [heliconeApiKey];
