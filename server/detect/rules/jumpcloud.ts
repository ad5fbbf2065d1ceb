// JumpCloud API keys: 40 hex with no prefix, so only under a JumpCloud name.
import { namedRule } from './named-rule';

export const jumpcloudApiKey = namedRule({
  id: 'jumpcloud-api-key',
  provider: 'JumpCloud',
  description: 'JumpCloud API key',
  keywords: ['jumpcloud'],
  name: 'jumpcloud',
  value: '[a-f0-9]{40}',
  envVar: 'JUMPCLOUD_API_KEY',
  docs: 'https://docs.jumpcloud.com/api/1.0/index.html#section/API-Key',
});

export const jumpcloudRules = [jumpcloudApiKey];
