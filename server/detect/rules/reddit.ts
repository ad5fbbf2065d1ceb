// Reddit OAuth client secrets: 27-30 base64url characters, no prefix, so only under a Reddit name.
import { namedRule } from './named-rule';

export const redditClientSecret = namedRule({
  id: 'reddit-client-secret',
  provider: 'Reddit',
  description: 'Reddit client secret',
  keywords: ['reddit'],
  name: 'reddit',
  kind: 'secret',
  value: '[\\w-]{27,30}',
  classes: 3,
  envVar: 'REDDIT_CLIENT_SECRET',
  docs: 'https://github.com/reddit-archive/reddit/wiki/OAuth2',
});

export const redditRules = [redditClientSecret];
