import { defineRule } from '../rule';
import { isPlaceholder, isStandInValue } from '../placeholder';
import type { Verdict } from '../rule';
import { modeVerdict } from './support/mode';

// Stripe API keys: https://docs.stripe.com/keys. Live keys move money (errors); test-mode keys cannot, but
// still expose the account's test data and settings (warnings). Publishable `pk_` keys are public by design.

/** Live or test mode from the key's infix; placeholders rejected. */
function stripeMode(kind: string) {
  return (secret: string): Verdict | false =>
    isStandInValue(secret) || isPlaceholder(secret.slice(8)) ? false : modeVerdict(secret.slice(3, 7) === 'live', `Stripe ${kind}`);
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
});

export const stripeRules = [stripeSecretKey, stripeRestrictedKey, stripeWebhookSecret];
