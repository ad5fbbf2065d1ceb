import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'gumroad-access-token': {
    tps: [
      'GUMROAD_ACCESS_TOKEN=S7jB0j3EWhyXbg0gMCbwaSHJHsMVBvJTz7J8ycEy3-U',
      'const gumroadAccessToken = "S7jB0j3EWhyXbg0gMCbwaSHJHsMVBvJTz7J8ycEy3-U";',
      '{ "gumroadAccessToken": "S7jB0j3EWhyXbg0gMCbwaSHJHsMVBvJTz7J8ycEy3-U" }',
      'gumroad_access_token: \'S7jB0j3EWhyXbg0gMCbwaSHJHsMVBvJTz7J8ycEy3-U\'',
    ],
    fps: [
      'GUMROAD_ACCESS_TOKEN=${GUMROAD_ACCESS_TOKEN}',
      'GUMROAD_ACCESS_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-x',
      'GUMROAD_ACCESS_TOKEN=S7jB0j3EWhyXbg0gMCbwa',
      'GUMROAD_ACCOUNT_ID=S7jB0j3EWhyXbg0gMCbwaSHJHsMVBvJTz7J8ycEy3-U',
      'GUMROAD_ACCESS_TOKEN_ID=S7jB0j3EWhyXbg0gMCbwaSHJHsMVBvJTz7J8ycEy3-U',
      'const requestId = "S7jB0j3EWhyXbg0gMCbwaSHJHsMVBvJTz7J8ycEy3-U";',
    ],
  },
};
