// ipstack access keys: 32 hex with no prefix, so only under an ipstack name.
import { namedRule } from './named-rule';

export const ipstackAccessKey = namedRule({
  id: 'ipstack-access-key',
  provider: 'ipstack',
  description: 'ipstack access key',
  keywords: ['ipstack'],
  name: 'ipstack',
  value: '[a-f0-9]{32}',
  envVar: 'IPSTACK_ACCESS_KEY',
  docs: 'https://ipstack.com/documentation',
});

export const ipstackRules = [ipstackAccessKey];
