// Lithic API keys are UUIDs, so they count only under a Lithic name.
import { namedRule } from './named-rule';

export const lithicApiKey = namedRule({
  id: 'lithic-api-key',
  provider: 'Lithic',
  description: 'Lithic API key',
  keywords: ['lithic'],
  name: 'lithic',
  value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  envVar: 'LITHIC_API_KEY',
  confidence: 'medium',
  docs: 'https://docs.lithic.com/docs/api-keys',
});

export const lithicRules = [lithicApiKey];
