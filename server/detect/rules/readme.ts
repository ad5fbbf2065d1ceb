// ReadMe API keys: `rdme_` + 70 lowercase alphanumerics.
import { tokenRule } from './token-rule';

export const readmeApiKey = tokenRule({
  id: 'readme-api-key',
  provider: 'ReadMe',
  description: 'ReadMe API key',
  keywords: ['rdme_'],
  pattern: /\brdme_[a-z0-9]{70}\b/g,
  envVar: 'README_API_KEY',
  docs: 'https://docs.readme.com/main/reference/intro/authentication',
  prefixLength: 5,
});

export const readmeRules = [readmeApiKey];
