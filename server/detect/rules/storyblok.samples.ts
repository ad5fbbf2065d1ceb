import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'storyblok-access-token': {
    tps: [
      'STORYBLOK_TOKEN=4zvrgUYzeU4zrkwC61gU1Jtp',
      'const storyblokToken = "4zvrgUYzeU4zrkwC61gU1Jtp";',
      '{ "storyblokToken": "4zvrgUYzeU4zrkwC61gU1Jtp" }',
      'storyblok_token: \'4zvrgUYzeU4zrkwC61gU1Jtp\'',
    ],
    fps: [
      'STORYBLOK_TOKEN=${STORYBLOK_TOKEN}',
      'STORYBLOK_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxx',
      'STORYBLOK_TOKEN=4zvrgUYzeU4z',
      'STORYBLOK_ACCOUNT_ID=4zvrgUYzeU4zrkwC61gU1Jtp',
      'STORYBLOK_TOKEN_ID=4zvrgUYzeU4zrkwC61gU1Jtp',
      'const requestId = "4zvrgUYzeU4zrkwC61gU1Jtp";',
    ],
  },
};
