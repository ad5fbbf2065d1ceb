// Bitbucket Cloud app passwords: `ATBB` + 32 characters (the last 8 a hex checksum).
import { placeholders, snippets, tokenRule } from './token-rule';

const PASSWORD = 'ATBBWlO0yX4oIPvgCDuf6j3SJpC74D16F7DB';

export const bitbucketAppPassword = tokenRule({
  id: 'bitbucket-app-password',
  provider: 'Bitbucket',
  description: 'Bitbucket app password',
  keywords: ['atbb'],
  pattern: /\bATBB[A-Za-z0-9_=.-]{32}(?![\w=.-])/g,
  envVar: 'BITBUCKET_APP_PASSWORD',
  docs: 'https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/',
  prefixLength: 4,
  samples: {
    tps: [...snippets(PASSWORD, 'BITBUCKET_APP_PASSWORD'), `git clone https://acme-ci:${PASSWORD}@bitbucket.org/acme/api.git`],
    fps: [...placeholders('ATBB', 'BITBUCKET_APP_PASSWORD', 32), `BITBUCKET_APP_PASSWORD=${PASSWORD.slice(0, 24)}`],
  },
});

export const bitbucketRules = [bitbucketAppPassword];
