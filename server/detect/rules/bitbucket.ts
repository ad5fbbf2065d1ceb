// Bitbucket Cloud app passwords: `ATBB` + 32 characters (the last 8 a hex checksum).
import { tokenRule } from './token-rule';

export const bitbucketAppPassword = tokenRule({
  id: 'bitbucket-app-password',
  provider: 'Bitbucket',
  description: 'Bitbucket app password',
  keywords: ['atbb'],
  pattern: /\bATBB[A-Za-z0-9_=.-]{32}(?![\w=.-])/g,
  envVar: 'BITBUCKET_APP_PASSWORD',
  docs: 'https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/',
  prefixLength: 4,
});

export const bitbucketRules = [bitbucketAppPassword];
