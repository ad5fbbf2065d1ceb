// PayPal REST client secrets: 80 base64url characters with no prefix, so only under a PayPal name.
import { namedRule } from './named-rule';

export const paypalClientSecret = namedRule({
  id: 'paypal-client-secret',
  provider: 'PayPal',
  description: 'PayPal client secret',
  keywords: ['paypal'],
  name: 'paypal',
  kind: 'secret',
  value: '[\\w-]{80}',
  envVar: 'PAYPAL_CLIENT_SECRET',
  docs: 'https://developer.paypal.com/api/rest/authentication/',
});

export const paypalRules = [paypalClientSecret];
