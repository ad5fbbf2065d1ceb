// Vimeo access tokens: 32 hex with no prefix, so only under a Vimeo name.
import { namedRule } from './named-rule';

export const vimeoAccessToken = namedRule({
  id: 'vimeo-access-token',
  provider: 'Vimeo',
  description: 'Vimeo access token',
  keywords: ['vimeo'],
  name: 'vimeo',
  kind: 'token|secret',
  value: '[a-f0-9]{32}',
  envVar: 'VIMEO_ACCESS_TOKEN',
  docs: 'https://developer.vimeo.com/api/authentication',
});

export const vimeoRules = [vimeoAccessToken];
