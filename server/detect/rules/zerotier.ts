// ZeroTier Central API tokens: 32 alphanumerics with no prefix, so only under a ZeroTier name.
import { namedRule } from './named-rule';

export const zerotierApiToken = namedRule({
  id: 'zerotier-api-token',
  provider: 'ZeroTier',
  description: 'ZeroTier API token',
  keywords: ['zerotier'],
  name: 'zerotier',
  value: '[A-Za-z0-9]{32}',
  envVar: 'ZEROTIER_API_TOKEN',
  docs: 'https://docs.zerotier.com/api/central/v1/',
});

export const zerotierRules = [zerotierApiToken];
