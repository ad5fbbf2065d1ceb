// Clearbit secret keys: `sk_` and 32 hex; a common prefix, so only under a Clearbit name.
import { namedRule } from './named-rule';

export const clearbitSecretKey = namedRule({
  id: 'clearbit-secret-key',
  provider: 'Clearbit',
  description: 'Clearbit secret key',
  keywords: ['clearbit'],
  name: 'clearbit',
  value: 'sk_[a-f0-9]{32}',
  envVar: 'CLEARBIT_SECRET_KEY',
  docs: 'https://dashboard.clearbit.com/docs#authentication',
});

export const clearbitRules = [clearbitSecretKey];
