// Clerk secret keys: `sk_live_` or `sk_test_` and base62; Stripe's prefixes, so only under a Clerk name.
import { namedRule } from './named-rule';

export const clerkSecretKey = namedRule({
  id: 'clerk-secret-key',
  provider: 'Clerk',
  description: 'Clerk secret key',
  keywords: ['clerk'],
  name: 'clerk',
  value: 'sk_(?:live|test)_[A-Za-z0-9]{40,60}',
  envVar: 'CLERK_SECRET_KEY',
  docs: 'https://clerk.com/docs/deployments/clerk-environment-variables',
});

export const clerkRules = [clerkSecretKey];
