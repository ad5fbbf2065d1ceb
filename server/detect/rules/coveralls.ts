// Coveralls repo tokens: 32-40 alphanumerics with no prefix, so only under a Coveralls name.
import { namedRule } from './named-rule';

export const coverallsRepoToken = namedRule({
  id: 'coveralls-repo-token',
  provider: 'Coveralls',
  description: 'Coveralls repo token',
  keywords: ['coveralls'],
  name: 'coveralls',
  value: '[A-Za-z0-9]{32,40}',
  envVar: 'COVERALLS_REPO_TOKEN',
  docs: 'https://docs.coveralls.io/api-introduction',
});

export const coverallsRules = [coverallsRepoToken];
