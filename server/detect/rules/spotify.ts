// Spotify client secrets: 32 hex with no prefix, so only under a Spotify name.
import { namedRule } from './named-rule';

export const spotifyClientSecret = namedRule({
  id: 'spotify-client-secret',
  provider: 'Spotify',
  description: 'Spotify client secret',
  keywords: ['spotify'],
  name: 'spotify',
  kind: 'secret',
  value: '[a-f0-9]{32}',
  envVar: 'SPOTIFY_CLIENT_SECRET',
  docs: 'https://developer.spotify.com/documentation/web-api/concepts/apps',
});

export const spotifyRules = [spotifyClientSecret];
