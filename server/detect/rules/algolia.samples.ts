import type { RuleSamples } from '../rule';

const KEY = 'bbb7d415fbedae8cd37bf4630d646e13';

export const samples: RuleSamples = {
  'algolia-admin-key': {
    tps: [`ALGOLIA_ADMIN_API_KEY=${KEY}`, `const algoliaAdminKey = "${KEY}";`, `algolia_write_api_key: '${KEY}'`],
    fps: [
      `ALGOLIA_SEARCH_API_KEY=${KEY}`,
      'ALGOLIA_ADMIN_API_KEY=${ALGOLIA_ADMIN_API_KEY}',
      `ALGOLIA_ADMIN_API_KEY=${'0'.repeat(32)}`,
      `ALGOLIA_APP_ID=${KEY.slice(0, 10).toUpperCase()}`,
    ],
  },
};
