// Linode (Akamai Cloud) personal access tokens: 64 hex with no prefix, so only under a Linode name.
import { namedRule } from './named-rule';

export const linodeToken = namedRule({
  id: 'linode-token',
  provider: 'Linode',
  description: 'Linode personal access token',
  keywords: ['linode'],
  name: 'linode',
  value: '[a-f0-9]{64}',
  envVar: 'LINODE_TOKEN',
  docs: 'https://techdocs.akamai.com/linode-api/reference/get-started#personal-access-tokens',
});

export const linodeRules = [linodeToken];
