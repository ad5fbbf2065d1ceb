import { defineRule } from '../rule';
import { modeVerdict } from './support/mode';
import { isPlaceholder } from '../placeholder';

export const braintreeAccessToken = defineRule({
  id: 'braintree-access-token',
  provider: 'PayPal Braintree',
  description: 'PayPal Braintree access token',
  keywords: ['access_token$'],
  anchored: true,
  // access_token$<environment>$<merchant id>$<32 hex>
  pattern: /(?<secret>access_token\$(?<env>production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32})(?![\w-])/g,
  envVar: 'BRAINTREE_ACCESS_TOKEN',
  validate: (secret, m) => {
    if (isPlaceholder(secret.slice(secret.lastIndexOf('$') + 1))) return false;
    return modeVerdict(m.groups?.env === 'production', 'Braintree access token', 'sandbox');
  },
  docs: 'https://developer.paypal.com/braintree/docs/guides/authorization/access-token',
});

export const braintreeRules = [braintreeAccessToken];
