import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'spotify-client-secret': {
    tps: [
      'SPOTIFY_CLIENT_SECRET=a894dc57686766813b2c57894db1a151',
      'const spotifyClientSecret = "a894dc57686766813b2c57894db1a151";',
      '{ "spotifyClientSecret": "a894dc57686766813b2c57894db1a151" }',
      'spotify_client_secret: \'a894dc57686766813b2c57894db1a151\'',
    ],
    fps: [
      'SPOTIFY_CLIENT_SECRET=${SPOTIFY_CLIENT_SECRET}',
      'SPOTIFY_CLIENT_SECRET=00000000000000000000000000000000',
      'SPOTIFY_CLIENT_SECRET=a894dc5768676681',
      'SPOTIFY_ACCOUNT_ID=a894dc57686766813b2c57894db1a151',
      'SPOTIFY_CLIENT_SECRET_ID=a894dc57686766813b2c57894db1a151',
      'const requestId = "a894dc57686766813b2c57894db1a151";',
    ],
  },
};
