import { defineRule } from '../rule';
import { namedRule } from './named-rule';
import { charClasses } from './shape';
import { isPlaceholder, isStandInValue } from '../placeholder';

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
    if (isStandInValue(secret)) return false;
    const body = secret.replace(/^A+/, '');
    if (body.length < 60 || charClasses(body) < 3) return false;
    const words = body.toLowerCase();
    return words.includes('xxxx') || words.includes('your') || isPlaceholder(body.slice(-20)) ? false : {};
  },
  docs: 'https://docs.x.com/resources/fundamentals/authentication/oauth-2-0/application-only',
});

// API key secrets (50 alphanumerics) and access token secrets (45): no prefix, so only under a Twitter name.
export const twitterApiSecret = namedRule({
  id: 'twitter-api-secret',
  provider: 'X (Twitter)',
  description: 'X (Twitter) API key or access token secret',
  keywords: ['twitter'],
  name: 'twitter',
  kind: 'secret',
  value: '[A-Za-z0-9]{45}|[A-Za-z0-9]{50}',
  envVar: 'TWITTER_API_SECRET',
  docs: 'https://docs.x.com/resources/fundamentals/authentication/oauth-1-0a/api-key-and-secret',
});

export const twitterRules = [twitterBearerToken, twitterApiSecret];
