// Upstash REST tokens: long base64url values with no prefix, so only under an Upstash name.
import { namedRule } from './named-rule';

export const upstashRestToken = namedRule({
  id: 'upstash-rest-token',
  provider: 'Upstash',
  description: 'Upstash REST token',
  keywords: ['upstash'],
  name: 'upstash',
  value: '[\\w-]{40,120}={0,2}',
  classes: 3,
  envVar: 'UPSTASH_REDIS_REST_TOKEN',
  docs: 'https://upstash.com/docs/redis/features/restapi',
});

export const upstashRules = [upstashRestToken];
