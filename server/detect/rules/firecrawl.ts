// Firecrawl API keys: `fc-` and 32 hex.
import { tokenRule } from './token-rule';

export const firecrawlApiKey = tokenRule({
  id: 'firecrawl-api-key',
  provider: 'Firecrawl',
  description: 'Firecrawl API key',
  keywords: ['fc-'],
  pattern: /(?<![\w-])fc-[a-f0-9]{32}(?![\w-])/g,
  envVar: 'FIRECRAWL_API_KEY',
  docs: 'https://docs.firecrawl.dev/api-reference/introduction',
  prefixLength: 3,
});

export const firecrawlRules = [firecrawlApiKey];
