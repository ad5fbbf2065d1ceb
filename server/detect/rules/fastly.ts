// Fastly API tokens: 32 base64url characters, no prefix, so only under a Fastly name.
import { defineRule } from '../rule';
import { assigned } from './assigned';
import { charClasses } from './shape';
import { isPlaceholder } from '../placeholder';

export const fastlyApiToken = defineRule({
  id: 'fastly-api-token',
  provider: 'Fastly',
  description: 'Fastly API token',
  keywords: ['fastly'],
  pattern: new RegExp(assigned('fastly[\\w.-]{0,20}?(?:token|key|secret)', '[\\w-]{32}'), 'gi'),
  envVar: 'FASTLY_API_TOKEN',
  minEntropy: 3.8,
  docs: 'https://www.fastly.com/documentation/reference/api/auth-tokens/',
  validate: (secret) => (charClasses(secret) === 3 && !isPlaceholder(secret) ? {} : false),
});

export const fastlyRules = [fastlyApiToken];
