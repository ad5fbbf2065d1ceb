// Xero OAuth client secrets: 48 base64url characters with no prefix, so only under a Xero name.
import { namedRule } from './named-rule';

export const xeroClientSecret = namedRule({
  id: 'xero-client-secret',
  provider: 'Xero',
  description: 'Xero client secret',
  keywords: ['xero'],
  name: 'xero',
  kind: 'secret',
  value: '[\\w-]{48}',
  envVar: 'XERO_CLIENT_SECRET',
  docs: 'https://developer.xero.com/documentation/guides/oauth2/auth-flow',
});

export const xeroRules = [xeroClientSecret];
