import { defineRule } from '../rule';
import { isKnownStandIn, isPlaceholder } from './support/placeholder';
import type { Verdict } from '../rule';
import { modeVerdict } from './support/mode';

// Stripe API keys: https://docs.stripe.com/keys. Live keys move money (errors); test-mode keys cannot, but
// still expose the account's test data and settings (warnings). Publishable `pk_` keys are public by design.

/** Live or test mode from the key's infix; placeholders rejected. */
function stripeMode(kind: string) {
  return (secret: string): Verdict | false =>
    isKnownStandIn(secret) || isPlaceholder(secret.slice(8)) ? false : modeVerdict(secret.slice(3, 7) === 'live', `Stripe ${kind}`);
}

export const stripeSecretKey = defineRule({
  id: 'stripe-secret-key',
  provider: 'Stripe',
  description: 'Stripe secret key',
  keywords: ['sk_live_', 'sk_test_'],
  anchored: true,
  pattern: /(?<![\w-])sk_(?:live|test)_[A-Za-z0-9]{24,247}(?![\w-])/g,
  envVar: 'STRIPE_SECRET_KEY',
  validate: stripeMode('secret key'),
  docs: 'https://docs.stripe.com/keys',
  samples: {
    tps: [
      'const stripe = require("stripe")("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");',
      'STRIPE_SECRET_KEY=sk_live_aZTL52yn6zVOIuhiKuCQCLlP',
      'stripe:\n  secret_key: sk_test_WM2Fz5EEaxJH6EWJMGbWTxTjIn3pqNBfg4YARGFDEi2slTXAioGf3mMFuB6u7PJ2fJkm45sTmIHqyeI1gzc2s3JeB6vR3ieHeQe',
    ],
    fps: [
      'STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx',
      'stripe.apiKey = "sk_test_your_secret_key_here";',
      'STRIPE_SECRET_KEY=sk_live_aZTL52yn6z',
      'const publishable = "pk_live_51Hc9rTKq0f4kP3s8nWvXyZ2aBcDeFgHiJkLmNoPqRsTuVwXyZ";',
      'const key = process.env.STRIPE_SECRET_KEY ?? "sk_test_...";',
      "const stripe = require('stripe')('sk_test_4eC39HqLyjWDarjtT1zdp7dc'); // the API reference's example key",
    ],
  },
});

export const stripeRestrictedKey = defineRule({
  id: 'stripe-restricted-key',
  provider: 'Stripe',
  description: 'Stripe restricted key',
  keywords: ['rk_live_', 'rk_test_'],
  anchored: true,
  pattern: /(?<![\w-])rk_(?:live|test)_[A-Za-z0-9]{24,247}(?![\w-])/g,
  envVar: 'STRIPE_RESTRICTED_KEY',
  validate: stripeMode('restricted key'),
  docs: 'https://docs.stripe.com/keys#limit-access',
  samples: {
    tps: [
      'STRIPE_RESTRICTED_KEY="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"',
      "{ \"stripeKey\": \"rk_test_oCVlriJc3sp4pexaPFjDFRhn\" }",
    ],
    fps: ['STRIPE_RESTRICTED_KEY=rk_live_<your restricted key>', 'key: rk_test_0000000000000000000000000'],
  },
});

export const stripeWebhookSecret = defineRule({
  id: 'stripe-webhook-secret',
  provider: 'Stripe',
  description: 'Stripe webhook signing secret',
  keywords: ['whsec_'],
  anchored: true,
  pattern: /(?<![\w-])whsec_[A-Za-z0-9+/]{32,88}={0,2}(?![\w+/=-])/g,
  envVar: 'STRIPE_WEBHOOK_SECRET',
  validate: (secret) => (isPlaceholder(secret.slice(6)) ? false : {}),
  docs: 'https://docs.stripe.com/webhooks#verify-official-libraries',
  samples: {
    tps: [
      'STRIPE_WEBHOOK_SECRET=whsec_SGLCFcSBbP7HZWbLBqiAveNVPpQQdHVC',
      "const endpointSecret = 'whsec_d5b0b81cdea2ca433e9df784221fbf8dafd784ec4285cd6a97db3cab3efd6ccd';",
    ],
    fps: ['STRIPE_WEBHOOK_SECRET=whsec_...', "const endpointSecret = 'whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';", 'whsec_short123'],
  },
});
