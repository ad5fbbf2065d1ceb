// Cohere API keys: 40 alphanumerics with no prefix, so only under a Cohere name (COHERE_API_KEY, CO_API_KEY).
import { defineRule } from '../rule';
import { assigned } from './assigned';
import { charClasses } from './shape';
import { isPlaceholder } from '../placeholder';

export const cohereApiKey = defineRule({
  id: 'cohere-api-key',
  provider: 'Cohere',
  description: 'Cohere API key',
  keywords: ['cohere', 'co_api_key'],
  anchored: true,
  pattern: new RegExp(assigned('cohere[\\w.-]{0,20}?(?:key|token)|co_api_key', '[A-Za-z0-9]{40}'), 'gi'),
  envVar: 'COHERE_API_KEY',
  minEntropy: 4,
  docs: 'https://docs.cohere.com/docs/rate-limits',
  validate: (secret) => (charClasses(secret) === 3 && !isPlaceholder(secret) ? {} : false),
});

export const cohereRules = [cohereApiKey];
