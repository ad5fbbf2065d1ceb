// Jina AI API keys: `jina_` and about 60 base64url characters.
import { tokenRule } from './token-rule';

export const jinaApiKey = tokenRule({
  id: 'jina-api-key',
  provider: 'Jina AI',
  description: 'Jina AI API key',
  keywords: ['jina_'],
  pattern: /(?<![\w-])jina_[\w-]{56,64}(?![\w-])/g,
  envVar: 'JINA_API_KEY',
  docs: 'https://jina.ai/api-dashboard/',
  prefixLength: 5,
});

export const jinaRules = [jinaApiKey];
