// OneLogin API client secrets: 64 hex with no prefix, so only under a OneLogin name.
import { namedRule } from './named-rule';

export const oneloginClientSecret = namedRule({
  id: 'onelogin-client-secret',
  provider: 'OneLogin',
  description: 'OneLogin client secret',
  keywords: ['onelogin'],
  name: 'onelogin',
  kind: 'secret',
  value: '[a-f0-9]{64}',
  envVar: 'ONELOGIN_CLIENT_SECRET',
  docs: 'https://developers.onelogin.com/api-docs/2/getting-started/working-with-api-credentials',
});

export const oneloginRules = [oneloginClientSecret];
