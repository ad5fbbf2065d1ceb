// Checkout.com secret keys: `sk_` (`sk_sbox_` in the sandbox) and 26 lowercase alphanumerics; under a Checkout name.
import { namedRule } from './named-rule';

export const checkoutSecretKey = namedRule({
  id: 'checkout-secret-key',
  provider: 'Checkout.com',
  description: 'Checkout.com secret key',
  keywords: ['checkout'],
  name: 'checkout(?:[_.-]?com)?',
  value: 'sk_(?:sbox_)?[a-z0-9]{26}',
  envVar: 'CHECKOUT_SECRET_KEY',
  docs: 'https://www.checkout.com/docs/developer-resources/api/manage-api-keys',
});

export const checkoutRules = [checkoutSecretKey];
