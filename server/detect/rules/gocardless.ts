// GoCardless access tokens: `live_` or `sandbox_` and 40 base64url characters; counted under a GoCardless name.
import { namedRule } from './named-rule';

export const gocardlessAccessToken = namedRule({
  id: 'gocardless-access-token',
  provider: 'GoCardless',
  description: 'GoCardless access token',
  keywords: ['gocardless'],
  name: 'gocardless',
  value: '(?:live|sandbox)_[\\w-]{40}',
  envVar: 'GOCARDLESS_ACCESS_TOKEN',
  docs: 'https://developer.gocardless.com/getting-started/api/making-your-first-request/',
});

export const gocardlessRules = [gocardlessAccessToken];
