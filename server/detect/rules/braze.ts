// Braze REST API keys are UUIDs, so they count only under a Braze name.
import { namedRule } from './named-rule';

export const brazeApiKey = namedRule({
  id: 'braze-api-key',
  provider: 'Braze',
  description: 'Braze REST API key',
  keywords: ['braze'],
  name: 'braze',
  value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  envVar: 'BRAZE_API_KEY',
  confidence: 'medium',
  docs: 'https://www.braze.com/docs/api/basics/#rest-api-key',
});

export const brazeRules = [brazeApiKey];
