// Buildkite API access tokens: `bkua_` + 40 hex characters.
import { tokenRule } from './token-rule';

export const buildkiteApiToken = tokenRule({
  id: 'buildkite-api-token',
  provider: 'Buildkite',
  description: 'Buildkite API access token',
  keywords: ['bkua_'],
  pattern: /\bbkua_[a-f0-9]{40}\b/g,
  envVar: 'BUILDKITE_API_TOKEN',
  docs: 'https://buildkite.com/docs/apis/managing-api-tokens',
  prefixLength: 5,
});

export const buildkiteRules = [buildkiteApiToken];
