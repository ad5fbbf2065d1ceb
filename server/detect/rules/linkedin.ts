// LinkedIn client secrets: 16 alphanumerics with no prefix, so only under a LinkedIn name.
import { namedRule } from './named-rule';

export const linkedinClientSecret = namedRule({
  id: 'linkedin-client-secret',
  provider: 'LinkedIn',
  description: 'LinkedIn client secret',
  keywords: ['linkedin'],
  name: 'linkedin',
  kind: 'secret',
  value: '[A-Za-z0-9]{16}',
  envVar: 'LINKEDIN_CLIENT_SECRET',
  docs: 'https://learn.microsoft.com/linkedin/shared/authentication/client-credentials-flow',
});

export const linkedinRules = [linkedinClientSecret];
