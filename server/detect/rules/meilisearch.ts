// Meilisearch master and API keys: no fixed shape, so only under a Meilisearch name and only when random-looking.
import { namedRule } from './named-rule';

export const meilisearchKey = namedRule({
  id: 'meilisearch-key',
  provider: 'Meilisearch',
  description: 'Meilisearch master or API key',
  keywords: ['meili'],
  name: 'meili(?:search)?',
  value: '[\\w-]{24,64}',
  classes: 3,
  envVar: 'MEILI_MASTER_KEY',
  minEntropy: 3.5,
  docs: 'https://www.meilisearch.com/docs/learn/security/basic_security',
});

export const meilisearchRules = [meilisearchKey];
