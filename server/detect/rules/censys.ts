// Censys API secrets: 32 alphanumerics with no prefix, so only under a Censys name.
import { namedRule } from './named-rule';

export const censysApiSecret = namedRule({
  id: 'censys-api-secret',
  provider: 'Censys',
  description: 'Censys API secret',
  keywords: ['censys'],
  name: 'censys',
  kind: 'secret|key|token',
  value: '[A-Za-z0-9]{32}',
  envVar: 'CENSYS_API_SECRET',
  docs: 'https://search.censys.io/api',
});

export const censysRules = [censysApiSecret];
