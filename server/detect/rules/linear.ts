// Linear personal API keys: `lin_api_` + 40 alphanumerics.
import { tokenRule } from './token-rule';

export const linearApiKey = tokenRule({
  id: 'linear-api-key',
  provider: 'Linear',
  description: 'Linear API key',
  keywords: ['lin_api_'],
  pattern: /\blin_api_[A-Za-z0-9]{40}\b/g,
  envVar: 'LINEAR_API_KEY',
  docs: 'https://linear.app/developers/graphql#personal-api-keys',
  prefixLength: 8,
});

export const linearRules = [linearApiKey];
