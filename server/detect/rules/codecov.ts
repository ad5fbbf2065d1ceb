// Codecov upload tokens are UUIDs, so they count only under a Codecov name.
import { namedRule } from './named-rule';

export const codecovToken = namedRule({
  id: 'codecov-token',
  provider: 'Codecov',
  description: 'Codecov upload token',
  keywords: ['codecov'],
  name: 'codecov',
  value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  envVar: 'CODECOV_TOKEN',
  docs: 'https://docs.codecov.com/docs/codecov-tokens',
});

export const codecovRules = [codecovToken];
