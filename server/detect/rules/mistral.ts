// Mistral AI API keys: 32 alphanumerics with no prefix, so only under a Mistral name.
import { namedRule } from './named-rule';

export const mistralApiKey = namedRule({
  id: 'mistral-api-key',
  provider: 'Mistral AI',
  description: 'Mistral AI API key',
  keywords: ['mistral'],
  name: 'mistral',
  value: '[A-Za-z0-9]{32}',
  envVar: 'MISTRAL_API_KEY',
  docs: 'https://docs.mistral.ai/getting-started/quickstart/',
});

export const mistralRules = [mistralApiKey];
