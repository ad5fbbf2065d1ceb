// OpenShift user tokens: `sha256~` + 43 base64url characters.
import { tokenRule } from './token-rule';

export const openshiftUserToken = tokenRule({
  id: 'openshift-user-token',
  provider: 'OpenShift',
  description: 'OpenShift user token',
  keywords: ['sha256~'],
  pattern: /\bsha256~[\w-]{43}(?![\w-])/g,
  envVar: 'OPENSHIFT_TOKEN',
  docs: 'https://docs.openshift.com/container-platform/4.16/authentication/managing-oauth-access-tokens.html',
  prefixLength: 7,
});

export const openshiftRules = [openshiftUserToken];
