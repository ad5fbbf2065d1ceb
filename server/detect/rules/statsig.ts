// Statsig server secret keys: `secret-` and 43 alphanumerics.
import { tokenRule } from './token-rule';

export const statsigServerSecret = tokenRule({
  id: 'statsig-server-secret',
  provider: 'Statsig',
  description: 'Statsig server secret key',
  keywords: ['secret-'],
  pattern: /(?<![\w-])secret-[A-Za-z0-9]{43}(?![\w-])/g,
  envVar: 'STATSIG_SERVER_SECRET',
  confidence: 'medium',
  docs: 'https://docs.statsig.com/sdk-keys/api-keys',
  prefixLength: 7,
});

export const statsigRules = [statsigServerSecret];
