// Gitter access tokens: 40 hex with no prefix, so only under a Gitter name.
import { namedRule } from './named-rule';

export const gitterAccessToken = namedRule({
  id: 'gitter-access-token',
  provider: 'Gitter',
  description: 'Gitter access token',
  keywords: ['gitter'],
  name: 'gitter',
  value: '[a-f0-9]{40}',
  envVar: 'GITTER_TOKEN',
  docs: 'https://developer.gitter.im/docs/authentication',
});

export const gitterRules = [gitterAccessToken];
