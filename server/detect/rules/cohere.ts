// Cohere API keys: 40 alphanumerics with no prefix, so only under a Cohere name (COHERE_API_KEY, CO_API_KEY).
import { defineRule } from '../rule';
import { assigned } from './assigned';
import { charClasses, looksLikePlaceholder } from './shape';

const KEY = 'BRwZkm5i4gDXJPJ449Z1TAGjMcqfA261TAjcDKas';

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
  validate: (secret) => (charClasses(secret) === 3 && !looksLikePlaceholder(secret) ? {} : false),
  samples: {
    tps: [`COHERE_API_KEY=${KEY}`, `CO_API_KEY="${KEY}"`, `const cohereApiKey = '${KEY}';`],
    fps: ['COHERE_API_KEY=${COHERE_API_KEY}', `COHERE_MODEL=${KEY}`, `COHERE_API_KEY=${'x'.repeat(40)}`],
  },
});

export const cohereRules = [cohereApiKey];
