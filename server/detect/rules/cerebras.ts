// Cerebras inference API keys: `csk-` and 48 lowercase alphanumerics.
import { tokenRule } from './token-rule';

export const cerebrasApiKey = tokenRule({
  id: 'cerebras-api-key',
  provider: 'Cerebras',
  description: 'Cerebras API key',
  keywords: ['csk-'],
  pattern: /(?<![\w-])csk-[a-z0-9]{48}(?![\w-])/g,
  envVar: 'CEREBRAS_API_KEY',
  docs: 'https://inference-docs.cerebras.ai/quickstart',
  prefixLength: 4,
});

export const cerebrasRules = [cerebrasApiKey];
