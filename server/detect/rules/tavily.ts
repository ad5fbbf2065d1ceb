// Tavily API keys: `tvly-` (with `dev-` or `prod-` on newer keys) and 32 alphanumerics.
import { tokenRule } from './token-rule';

export const tavilyApiKey = tokenRule({
  id: 'tavily-api-key',
  provider: 'Tavily',
  description: 'Tavily API key',
  keywords: ['tvly-'],
  pattern: /(?<![\w-])tvly-(?:dev-|prod-)?[A-Za-z0-9]{32}(?![\w-])/g,
  envVar: 'TAVILY_API_KEY',
  docs: 'https://docs.tavily.com/documentation/api-reference/introduction',
  prefixLength: 5,
});

export const tavilyRules = [tavilyApiKey];
