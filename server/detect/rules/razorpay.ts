// Razorpay key secrets: 24 alphanumerics with no prefix, so only under a Razorpay name (the `rzp_` key id is public).
import { namedRule } from './named-rule';

export const razorpayKeySecret = namedRule({
  id: 'razorpay-key-secret',
  provider: 'Razorpay',
  description: 'Razorpay key secret',
  keywords: ['razorpay'],
  name: 'razorpay',
  kind: 'secret',
  value: '[A-Za-z0-9]{24}',
  envVar: 'RAZORPAY_KEY_SECRET',
  docs: 'https://razorpay.com/docs/api/authentication/',
});

export const razorpayRules = [razorpayKeySecret];
