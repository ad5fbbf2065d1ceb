// Paystack secret keys: `sk_live_` or `sk_test_` and 40 hex; Stripe's prefix, so only under a Paystack name.
import { namedRule } from './named-rule';

export const paystackSecretKey = namedRule({
  id: 'paystack-secret-key',
  provider: 'Paystack',
  description: 'Paystack secret key',
  keywords: ['paystack'],
  name: 'paystack',
  value: 'sk_(?:live|test)_[a-f0-9]{40}',
  envVar: 'PAYSTACK_SECRET_KEY',
  docs: 'https://paystack.com/docs/api/authentication/',
});

export const paystackRules = [paystackSecretKey];
