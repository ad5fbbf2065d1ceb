// Rollbar access tokens: 32 hex with no prefix, so only under a Rollbar name.
import { namedRule } from './named-rule';

export const rollbarAccessToken = namedRule({
  id: 'rollbar-access-token',
  provider: 'Rollbar',
  description: 'Rollbar access token',
  keywords: ['rollbar'],
  name: 'rollbar',
  value: '[a-f0-9]{32}',
  envVar: 'ROLLBAR_ACCESS_TOKEN',
  docs: 'https://docs.rollbar.com/docs/access-tokens',
});

export const rollbarRules = [rollbarAccessToken];
