// Logz.io tokens: 32 alphanumerics with no prefix, so only under a Logz.io name.
import { namedRule } from './named-rule';

export const logzioToken = namedRule({
  id: 'logzio-token',
  provider: 'Logz.io',
  description: 'Logz.io token',
  keywords: ['logz'],
  name: 'logz(?:[_.-]?io)?',
  value: '[A-Za-z0-9]{32}',
  envVar: 'LOGZIO_TOKEN',
  docs: 'https://docs.logz.io/docs/user-guide/admin/authentication-tokens/',
});

export const logzioRules = [logzioToken];
