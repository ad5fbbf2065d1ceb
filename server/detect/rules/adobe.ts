// Adobe Developer Console client secrets: `p8e-` and 32 alphanumerics.
import { tokenRule } from './token-rule';

export const adobeClientSecret = tokenRule({
  id: 'adobe-client-secret',
  provider: 'Adobe',
  description: 'Adobe client secret',
  keywords: ['p8e-'],
  pattern: /(?<![\w-])p8e-[A-Za-z0-9]{32}(?![\w-])/g,
  envVar: 'ADOBE_CLIENT_SECRET',
  docs: 'https://developer.adobe.com/developer-console/docs/guides/authentication/',
  prefixLength: 4,
});

export const adobeRules = [adobeClientSecret];
