// Ghost Admin API keys: a 24-hex id, `:` and a 64-hex secret; counted under a Ghost name.
import { namedRule } from './named-rule';

export const ghostAdminApiKey = namedRule({
  id: 'ghost-admin-api-key',
  provider: 'Ghost',
  description: 'Ghost Admin API key',
  keywords: ['ghost'],
  name: 'ghost',
  value: '[a-f0-9]{24}:[a-f0-9]{64}',
  envVar: 'GHOST_ADMIN_API_KEY',
  docs: 'https://ghost.org/docs/admin-api/#token-authentication',
});

export const ghostRules = [ghostAdminApiKey];
