import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'stripe-secret-key': {
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
  'stripe-restricted-key': {
    tps: [
      'STRIPE_RESTRICTED_KEY="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"',
      "{ \"stripeKey\": \"rk_test_oCVlriJc3sp4pexaPFjDFRhn\" }",
    ],
    fps: ['STRIPE_RESTRICTED_KEY=rk_live_<your restricted key>', 'key: rk_test_0000000000000000000000000'],
  },
  'stripe-webhook-secret': {
    tps: [
      'STRIPE_WEBHOOK_SECRET=whsec_SGLCFcSBbP7HZWbLBqiAveNVPpQQdHVC',
      "const endpointSecret = 'whsec_d5b0b81cdea2ca433e9df784221fbf8dafd784ec4285cd6a97db3cab3efd6ccd';",
    ],
    fps: ['STRIPE_WEBHOOK_SECRET=whsec_...', "const endpointSecret = 'whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';", 'whsec_short123'],
  },
};
