import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const PASSWORD = 'ATBBWlO0yX4oIPvgCDuf6j3SJpC74D16F7DB';

export const samples: RuleSamples = {
  'bitbucket-app-password': {
    tps: [...snippets(PASSWORD, 'BITBUCKET_APP_PASSWORD'), `git clone https://acme-ci:${PASSWORD}@bitbucket.org/acme/api.git`],
    fps: [...placeholders('ATBB', 'BITBUCKET_APP_PASSWORD', 32), `BITBUCKET_APP_PASSWORD=${PASSWORD.slice(0, 24)}`],
  },
};
