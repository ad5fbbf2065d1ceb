import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'rapidapi-key': {
    tps: [
      'RAPIDAPI_KEY=W1TjzxUGeGX5Zsnw6rnGkJiXc6oQoQfm6doRJii7YtUFS3xwIO',
      'const rapidapiKey = "W1TjzxUGeGX5Zsnw6rnGkJiXc6oQoQfm6doRJii7YtUFS3xwIO";',
      '{ "rapidapiKey": "W1TjzxUGeGX5Zsnw6rnGkJiXc6oQoQfm6doRJii7YtUFS3xwIO" }',
      'rapidapi_key: \'W1TjzxUGeGX5Zsnw6rnGkJiXc6oQoQfm6doRJii7YtUFS3xwIO\'',
      'curl -H "X-RapidAPI-Key: W1TjzxUGeGX5Zsnw6rnGkJiXc6oQoQfm6doRJii7YtUFS3xwIO" https://example-api.p.rapidapi.com/',
    ],
    fps: [
      'RAPIDAPI_KEY=${RAPIDAPI_KEY}',
      'RAPIDAPI_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'RAPIDAPI_KEY=W1TjzxUGeGX5Zsnw6rnGkJiXc',
      'RAPIDAPI_ACCOUNT_ID=W1TjzxUGeGX5Zsnw6rnGkJiXc6oQoQfm6doRJii7YtUFS3xwIO',
      'RAPIDAPI_KEY_ID=W1TjzxUGeGX5Zsnw6rnGkJiXc6oQoQfm6doRJii7YtUFS3xwIO',
      'const requestId = "W1TjzxUGeGX5Zsnw6rnGkJiXc6oQoQfm6doRJii7YtUFS3xwIO";',
    ],
  },
};
