// OpenShift user tokens: `sha256~` + 43 base64url characters.
import { placeholders, snippets, tokenRule } from './token-rule';

const TOKEN = 'sha256~3ksHZCSjqeC9tjx2_KdaO1EEBAQxVtCyXc4ag2JMuMu';

export const openshiftUserToken = tokenRule({
  id: 'openshift-user-token',
  provider: 'OpenShift',
  description: 'OpenShift user token',
  keywords: ['sha256~'],
  pattern: /\bsha256~[\w-]{43}(?![\w-])/g,
  envVar: 'OPENSHIFT_TOKEN',
  docs: 'https://docs.openshift.com/container-platform/4.16/authentication/managing-oauth-access-tokens.html',
  prefixLength: 7,
  samples: {
    tps: snippets(TOKEN, 'OPENSHIFT_TOKEN'),
    fps: [...placeholders('sha256~', 'OPENSHIFT_TOKEN', 43), `OPENSHIFT_TOKEN=${TOKEN.slice(0, 7 + 43 - 8)}`],
  },
});

export const openshiftRules = [openshiftUserToken];
