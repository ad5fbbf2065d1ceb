import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'todoist-api-token': {
    tps: [
      'TODOIST_API_TOKEN=0cbb691bb04373cbbe090109604bedb2a42469cc',
      'const todoistApiToken = "0cbb691bb04373cbbe090109604bedb2a42469cc";',
      '{ "todoistApiToken": "0cbb691bb04373cbbe090109604bedb2a42469cc" }',
      'todoist_api_token: \'0cbb691bb04373cbbe090109604bedb2a42469cc\'',
    ],
    fps: [
      'TODOIST_API_TOKEN=${TODOIST_API_TOKEN}',
      'TODOIST_API_TOKEN=0000000000000000000000000000000000000000',
      'TODOIST_API_TOKEN=0cbb691bb04373cbbe09',
      'TODOIST_ACCOUNT_ID=0cbb691bb04373cbbe090109604bedb2a42469cc',
      'TODOIST_API_TOKEN_ID=0cbb691bb04373cbbe090109604bedb2a42469cc',
      'const requestId = "0cbb691bb04373cbbe090109604bedb2a42469cc";',
    ],
  },
};
