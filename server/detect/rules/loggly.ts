// Loggly customer tokens are UUIDs, so they count only under a Loggly name.
import { namedRule } from './named-rule';

export const logglyToken = namedRule({
  id: 'loggly-token',
  provider: 'Loggly',
  description: 'Loggly customer token',
  keywords: ['loggly'],
  name: 'loggly',
  value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  envVar: 'LOGGLY_TOKEN',
  docs: 'https://documentation.solarwinds.com/en/success_center/loggly/content/admin/customer-token-authentication-token.htm',
});

export const logglyRules = [logglyToken];
