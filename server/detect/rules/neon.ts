// Neon API keys: `napi_` and 64 lowercase alphanumerics.
import { tokenRule } from './token-rule';

export const neonApiKey = tokenRule({
  id: 'neon-api-key',
  provider: 'Neon',
  description: 'Neon API key',
  keywords: ['napi_'],
  pattern: /(?<![\w-])napi_[a-z0-9]{64}(?![\w-])/g,
  envVar: 'NEON_API_KEY',
  docs: 'https://neon.tech/docs/manage/api-keys',
  prefixLength: 5,
});

export const neonRules = [neonApiKey];
