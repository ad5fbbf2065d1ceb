// Opsgenie API keys are UUIDs, so they count only under an Opsgenie name.
import { namedRule } from './named-rule';

export const opsgenieApiKey = namedRule({
  id: 'opsgenie-api-key',
  provider: 'Opsgenie',
  description: 'Opsgenie API key',
  keywords: ['opsgenie'],
  name: 'opsgenie',
  value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  envVar: 'OPSGENIE_API_KEY',
  docs: 'https://support.atlassian.com/opsgenie/docs/api-key-management/',
});

export const opsgenieRules = [opsgenieApiKey];
