// Jotform API keys: 32 hex with no prefix, so only under a Jotform name.
import { namedRule } from './named-rule';

export const jotformApiKey = namedRule({
  id: 'jotform-api-key',
  provider: 'Jotform',
  description: 'Jotform API key',
  keywords: ['jotform'],
  name: 'jotform',
  value: '[a-f0-9]{32}',
  envVar: 'JOTFORM_API_KEY',
  docs: 'https://api.jotform.com/docs/#authentication',
});

export const jotformRules = [jotformApiKey];
