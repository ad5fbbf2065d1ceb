// OpenRouter API keys: `sk-or-v1-` and 64 hex.
import { tokenRule } from './token-rule';

export const openrouterApiKey = tokenRule({
  id: 'openrouter-api-key',
  provider: 'OpenRouter',
  description: 'OpenRouter API key',
  keywords: ['sk-or-v1-'],
  pattern: /(?<![\w-])sk-or-v1-[a-f0-9]{64}(?![\w-])/g,
  envVar: 'OPENROUTER_API_KEY',
  docs: 'https://openrouter.ai/docs/api-reference/authentication',
  prefixLength: 9,
});

export const openrouterRules = [openrouterApiKey];
