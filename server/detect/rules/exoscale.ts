// Exoscale API secrets: 43 base64url characters with no prefix, so only under an Exoscale name.
import { namedRule } from './named-rule';

export const exoscaleApiSecret = namedRule({
  id: 'exoscale-api-secret',
  provider: 'Exoscale',
  description: 'Exoscale API secret',
  keywords: ['exoscale'],
  name: 'exoscale',
  kind: 'secret',
  value: '[\\w-]{43}',
  envVar: 'EXOSCALE_API_SECRET',
  docs: 'https://community.exoscale.com/documentation/iam/api-keys/',
});

export const exoscaleRules = [exoscaleApiSecret];
