import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'serpapi-key': {
    tps: [
      'SERPAPI_API_KEY=3efd23283c9975012bccd46cc1bd0fe7daf5a78d286653e73cbf852585d20e66',
      'const serpapiApiKey = "3efd23283c9975012bccd46cc1bd0fe7daf5a78d286653e73cbf852585d20e66";',
      '{ "serpapiApiKey": "3efd23283c9975012bccd46cc1bd0fe7daf5a78d286653e73cbf852585d20e66" }',
      'serpapi_api_key: \'3efd23283c9975012bccd46cc1bd0fe7daf5a78d286653e73cbf852585d20e66\'',
    ],
    fps: [
      'SERPAPI_API_KEY=${SERPAPI_API_KEY}',
      'SERPAPI_API_KEY=0000000000000000000000000000000000000000000000000000000000000000',
      'SERPAPI_API_KEY=3efd23283c9975012bccd46cc1bd0fe7',
      'SERPAPI_ACCOUNT_ID=3efd23283c9975012bccd46cc1bd0fe7daf5a78d286653e73cbf852585d20e66',
      'SERPAPI_API_KEY_ID=3efd23283c9975012bccd46cc1bd0fe7daf5a78d286653e73cbf852585d20e66',
      'const requestId = "3efd23283c9975012bccd46cc1bd0fe7daf5a78d286653e73cbf852585d20e66";',
    ],
  },
};
