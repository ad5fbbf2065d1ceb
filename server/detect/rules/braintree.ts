import { defineRule } from '../rule';
import { modeVerdict } from './support/mode';
import { isPlaceholder } from './support/placeholder';

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
  samples: {
    tps: [
      'BRAINTREE_ACCESS_TOKEN=access_token$production$p55kmteyev2vl8sz$44a8caf0a17930958c39ce15983c1e60',
      "const gateway = new braintree.BraintreeGateway({ accessToken: 'access_token$sandbox$45d97ajzt635unc8$90c5613691fa65c8a207605940466bfd' });",
    ],
    fps: [
      'BRAINTREE_ACCESS_TOKEN=access_token$production$merchantid$token',
      "accessToken: 'access_token$sandbox$xxxxxxxxxxxxxxxx$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'",
      'BRAINTREE_ACCESS_TOKEN=access_token$production$p55kmteyev2vl8sz$00000000000000000000000000000000',
    ],
  },
});
