// BigCommerce API account tokens: 31 lowercase alphanumerics, no prefix, so only under a BigCommerce name.
import { namedRule } from './named-rule';

export const bigcommerceAccessToken = namedRule({
  id: 'bigcommerce-access-token',
  provider: 'BigCommerce',
  description: 'BigCommerce access token',
  keywords: ['bigcommerce'],
  name: 'bigcommerce',
  value: '[a-z0-9]{31}',
  envVar: 'BIGCOMMERCE_ACCESS_TOKEN',
  docs: 'https://developer.bigcommerce.com/docs/start/authentication/api-accounts',
});

export const bigcommerceRules = [bigcommerceAccessToken];
