// Linear personal API keys: `lin_api_` + 40 alphanumerics.
import { placeholders, snippets, tokenRule } from './token-rule';

const KEY = 'lin_api_mlketVS5qSFV606GNa3T3IOxsyjGVUd9DejoZU5C';

export const linearApiKey = tokenRule({
  id: 'linear-api-key',
  provider: 'Linear',
  description: 'Linear API key',
  keywords: ['lin_api_'],
  pattern: /\blin_api_[A-Za-z0-9]{40}\b/g,
  envVar: 'LINEAR_API_KEY',
  docs: 'https://linear.app/developers/graphql#personal-api-keys',
  prefixLength: 8,
  samples: {
    tps: [...snippets(KEY, 'LINEAR_API_KEY', 'apiKey'), `new LinearClient({ apiKey: "${KEY}" })`],
    fps: [...placeholders('lin_api_', 'LINEAR_API_KEY', 40), `LINEAR_API_KEY=${KEY.slice(0, 30)}`],
  },
});

export const linearRules = [linearApiKey];
