// Appwrite API keys: `standard_` and 256 hex.
import { tokenRule } from './token-rule';

export const appwriteApiKey = tokenRule({
  id: 'appwrite-api-key',
  provider: 'Appwrite',
  description: 'Appwrite API key',
  keywords: ['standard_'],
  pattern: /(?<![\w-])standard_[a-f0-9]{256}(?![\w-])/g,
  envVar: 'APPWRITE_API_KEY',
  docs: 'https://appwrite.io/docs/advanced/platform/api-keys',
  prefixLength: 9,
});

export const appwriteRules = [appwriteApiKey];
