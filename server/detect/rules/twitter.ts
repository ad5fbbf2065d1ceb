import { defineRule } from '../rule';
import { charClasses } from './shape';
import { isKnownStandIn, isPlaceholder } from './support/placeholder';

export const twitterBearerToken = defineRule({
  id: 'twitter-bearer-token',
  provider: 'X (Twitter)',
  description: 'X (Twitter) app bearer token',
  keywords: ['aaaaaaaaaaaaaaaaaaaaa'],
  // App-only bearer tokens: a run of 21+ `A`s, then URL-encoded base64. Must end where the token does, so the
  // middle of a base64 blob (images, fonts) never matches.
  pattern: /(?<![A-Za-z0-9%+/])A{21}[A-Za-z0-9%]{80,130}(?![A-Za-z0-9%+/=_-])/g,
  envVar: 'TWITTER_BEARER_TOKEN',
  confidence: 'medium',
  validate: (secret) => {
    if (isKnownStandIn(secret)) return false;
    const body = secret.replace(/^A+/, '');
    if (body.length < 60 || charClasses(body) < 3) return false;
    const words = body.toLowerCase();
    return words.includes('xxxx') || words.includes('your') || isPlaceholder(body.slice(-20)) ? false : {};
  },
  docs: 'https://docs.x.com/resources/fundamentals/authentication/oauth-2-0/application-only',
  samples: {
    tps: [
      'TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAAfXjfAAAAAAAAg6GTomQcsZ%2BmvBn2AhFnO5Gidt90qQG%3DmoSQfUz9gFFTZtK4HwrpVckFUHJY2DrbYaLdhhH3neYgWVJPmk',
      "headers: { Authorization: 'Bearer AAAAAAAAAAAAAAAAAAAAAfXjfAAAAAAAAg6GTomQcsZ%2BmvBn2AhFnO5Gidt90qQG%3DmoSQfUz9gFFTZtK4HwrpVckFUHJY2DrbYaLdhhH3neYgWVJPmk' }",
    ],
    fps: [
      'TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAAYourBearerTokenHere',
      'X_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F',
      'TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'src="data:image/png;base64,AAAAAAAAAAAAAAAAAAAAAfXjfAAAAAAAAg6GTomQcsZmvBn2AhFnO5Gidt90qQG+moSQfUz9gFFTZtK4HwrpVckFUHJY2DrbYaLdhhH3neYgWVJPmk/aGVsbG8gd29ybGQgdGhpcyBpcyBh"',
    ],
  },
});
