// Exa search API keys are UUIDs, so they count only under an Exa name.
import { namedRule } from './named-rule';

export const exaApiKey = namedRule({
  id: 'exa-api-key',
  provider: 'Exa',
  description: 'Exa API key',
  keywords: ['exa_', 'exa-', 'exaapi'],
  name: 'exa',
  value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  envVar: 'EXA_API_KEY',
  confidence: 'medium',
  docs: 'https://docs.exa.ai/reference/getting-started',
});

export const exaRules = [exaApiKey];
