// E2B sandbox API keys: `e2b_` and 40 hex.
import { tokenRule } from './token-rule';

export const e2bApiKey = tokenRule({
  id: 'e2b-api-key',
  provider: 'E2B',
  description: 'E2B API key',
  keywords: ['e2b_'],
  pattern: /(?<![\w-])e2b_[a-f0-9]{40}(?![\w-])/g,
  envVar: 'E2B_API_KEY',
  docs: 'https://e2b.dev/docs/api-key',
  prefixLength: 4,
});

export const e2bRules = [e2bApiKey];
