// Dribbble access tokens: 64 hex with no prefix, so only under a Dribbble name.
import { namedRule } from './named-rule';

export const dribbbleAccessToken = namedRule({
  id: 'dribbble-access-token',
  provider: 'Dribbble',
  description: 'Dribbble access token',
  keywords: ['dribbble'],
  name: 'dribbble',
  value: '[a-f0-9]{64}',
  envVar: 'DRIBBBLE_ACCESS_TOKEN',
  docs: 'https://developer.dribbble.com/v2/oauth/',
});

export const dribbbleRules = [dribbbleAccessToken];
