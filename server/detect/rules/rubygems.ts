// RubyGems API keys: `rubygems_` + 48 hex characters.
import { placeholders, snippets, tokenRule } from './token-rule';

const TOKEN = 'rubygems_132ce177af70f4a385841ecb4913fbf63bd3872fb88c794c';

export const rubygemsApiKey = tokenRule({
  id: 'rubygems-api-key',
  provider: 'RubyGems',
  description: 'RubyGems API key',
  keywords: ['rubygems_'],
  pattern: /\brubygems_[a-f0-9]{48}\b/g,
  envVar: 'GEM_HOST_API_KEY',
  docs: 'https://guides.rubygems.org/api-key-scopes/',
  prefixLength: 9,
  samples: {
    tps: snippets(TOKEN, 'GEM_HOST_API_KEY'),
    fps: [...placeholders('rubygems_', 'GEM_HOST_API_KEY', 48), `GEM_HOST_API_KEY=${TOKEN.slice(0, 9 + 48 - 8)}`],
  },
});

export const rubygemsRules = [rubygemsApiKey];
