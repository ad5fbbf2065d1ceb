// RubyGems API keys: `rubygems_` + 48 hex characters.
import { tokenRule } from './token-rule';

export const rubygemsApiKey = tokenRule({
  id: 'rubygems-api-key',
  provider: 'RubyGems',
  description: 'RubyGems API key',
  keywords: ['rubygems_'],
  pattern: /\brubygems_[a-f0-9]{48}\b/g,
  envVar: 'GEM_HOST_API_KEY',
  docs: 'https://guides.rubygems.org/api-key-scopes/',
  prefixLength: 9,
});

export const rubygemsRules = [rubygemsApiKey];
