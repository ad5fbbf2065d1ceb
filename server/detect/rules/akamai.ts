// Akamai EdgeGrid credentials: client and access tokens `akab-` + two groups of 16; the client secret (44
// base64 characters) has no prefix and is counted under an Akamai name.
import { namedRule } from './named-rule';
import { tokenRule } from './token-rule';

export const akamaiEdgegridToken = tokenRule({
  id: 'akamai-edgegrid-token',
  provider: 'Akamai',
  description: 'Akamai EdgeGrid client or access token',
  keywords: ['akab-'],
  pattern: /(?<![\w-])akab-[a-z0-9]{16}-[a-z0-9]{16}(?![\w-])/g,
  envVar: 'AKAMAI_ACCESS_TOKEN',
  confidence: 'medium',
  docs: 'https://techdocs.akamai.com/developer/docs/set-up-authentication-credentials',
  prefixLength: 5,
});

export const akamaiClientSecret = namedRule({
  id: 'akamai-client-secret',
  provider: 'Akamai',
  description: 'Akamai EdgeGrid client secret',
  keywords: ['akamai'],
  name: 'akamai',
  kind: 'secret',
  value: '[A-Za-z0-9+/]{43}=',
  envVar: 'AKAMAI_CLIENT_SECRET',
  docs: 'https://techdocs.akamai.com/developer/docs/set-up-authentication-credentials',
});

export const akamaiRules = [akamaiEdgegridToken, akamaiClientSecret];
