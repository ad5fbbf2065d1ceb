// Nimble CRM API keys: 30 alphanumerics, no prefix, so only under a Nimble name.
import { namedRule } from './named-rule';

export const nimbleApiKey = namedRule({
  id: 'nimble-api-key',
  provider: 'Nimble',
  description: 'Nimble API key',
  keywords: ['nimble'],
  name: 'nimble',
  value: '[A-Za-z0-9]{30}',
  envVar: 'NIMBLE_API_KEY',
  docs: 'https://nimble.readthedocs.io/en/latest/intro/authorization/',
});

export const nimbleRules = [nimbleApiKey];
