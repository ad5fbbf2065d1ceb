// Gumroad access tokens: 43 base64url characters with no prefix, so only under a Gumroad name.
import { namedRule } from './named-rule';

export const gumroadAccessToken = namedRule({
  id: 'gumroad-access-token',
  provider: 'Gumroad',
  description: 'Gumroad access token',
  keywords: ['gumroad'],
  name: 'gumroad',
  value: '[\\w-]{43}',
  envVar: 'GUMROAD_ACCESS_TOKEN',
  docs: 'https://gumroad.com/api#api-authentication',
});

export const gumroadRules = [gumroadAccessToken];
