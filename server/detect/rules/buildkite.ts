// Buildkite API access tokens: `bkua_` + 40 hex characters.
import { placeholders, snippets, tokenRule } from './token-rule';

const TOKEN = 'bkua_fb9ff6a0d00286b7234503db3de8d83e20f7a374';

export const buildkiteApiToken = tokenRule({
  id: 'buildkite-api-token',
  provider: 'Buildkite',
  description: 'Buildkite API access token',
  keywords: ['bkua_'],
  pattern: /\bbkua_[a-f0-9]{40}\b/g,
  envVar: 'BUILDKITE_API_TOKEN',
  docs: 'https://buildkite.com/docs/apis/managing-api-tokens',
  prefixLength: 5,
  samples: {
    tps: snippets(TOKEN, 'BUILDKITE_API_TOKEN'),
    fps: [...placeholders('bkua_', 'BUILDKITE_API_TOKEN', 40), `BUILDKITE_API_TOKEN=${TOKEN.slice(0, 5 + 40 - 8)}`],
  },
});

export const buildkiteRules = [buildkiteApiToken];
