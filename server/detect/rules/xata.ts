// Xata API keys: `xau_` and alphanumerics.
import { tokenRule } from './token-rule';

export const xataApiKey = tokenRule({
  id: 'xata-api-key',
  provider: 'Xata',
  description: 'Xata API key',
  keywords: ['xau_'],
  pattern: /(?<![\w-])xau_[A-Za-z0-9]{32,40}(?![\w-])/g,
  envVar: 'XATA_API_KEY',
  docs: 'https://xata.io/docs/getting-started/api-keys',
  prefixLength: 4,
});

export const xataRules = [xataApiKey];
