// Algolia admin (write) API keys: 32 hex with no prefix. Search-only keys have the same shape and are
// public by design, so only names that say admin or write are reported.
import { defineRule } from '../rule';
import { assigned } from './assigned';
import { looksLikePlaceholder } from './shape';

const KEY = 'bbb7d415fbedae8cd37bf4630d646e13';

export const algoliaAdminKey = defineRule({
  id: 'algolia-admin-key',
  provider: 'Algolia',
  description: 'Algolia admin API key',
  keywords: ['algolia'],
  pattern: new RegExp(assigned('algolia[\\w.-]{0,12}?(?:admin|write)[\\w.-]{0,12}?key', '[a-f0-9]{32}'), 'gi'),
  envVar: 'ALGOLIA_ADMIN_API_KEY',
  minEntropy: 3.2,
  docs: 'https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key',
  validate: (secret) => (looksLikePlaceholder(secret) ? false : {}),
  samples: {
    tps: [`ALGOLIA_ADMIN_API_KEY=${KEY}`, `const algoliaAdminKey = "${KEY}";`, `algolia_write_api_key: '${KEY}'`],
    fps: [
      `ALGOLIA_SEARCH_API_KEY=${KEY}`,
      'ALGOLIA_ADMIN_API_KEY=${ALGOLIA_ADMIN_API_KEY}',
      `ALGOLIA_ADMIN_API_KEY=${'0'.repeat(32)}`,
      `ALGOLIA_APP_ID=${KEY.slice(0, 10).toUpperCase()}`,
    ],
  },
});

export const algoliaRules = [algoliaAdminKey];
