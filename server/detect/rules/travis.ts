// Travis CI API tokens: 22 base64url characters, no prefix, so only under a Travis name.
import { namedRule } from './named-rule';

export const travisApiToken = namedRule({
  id: 'travis-api-token',
  provider: 'Travis CI',
  description: 'Travis CI API token',
  keywords: ['travis'],
  name: 'travis',
  value: '[\\w-]{22}',
  classes: 3,
  envVar: 'TRAVIS_API_TOKEN',
  docs: 'https://docs.travis-ci.com/user/triggering-builds/',
});

export const travisRules = [travisApiToken];
