// Algolia admin (write) API keys: 32 hex with no prefix. Search-only keys have the same shape and are
// public by design, so only names that say admin or write are reported.
import { defineRule } from '../rule';
import { assigned } from './assigned';
import { unlessPlaceholder } from '../placeholder';

export const algoliaAdminKey = defineRule({
  id: 'algolia-admin-key',
  provider: 'Algolia',
  description: 'Algolia admin API key',
  keywords: ['algolia'],
  pattern: new RegExp(assigned('algolia[\\w.-]{0,12}?(?:admin|write)[\\w.-]{0,12}?key', '[a-f0-9]{32}'), 'gi'),
  envVar: 'ALGOLIA_ADMIN_API_KEY',
  minEntropy: 3.2,
  docs: 'https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key',
  validate: unlessPlaceholder(),
});

export const algoliaRules = [algoliaAdminKey];
