// Statuspage API keys are UUIDs, so they count only under a Statuspage name.
import { namedRule } from './named-rule';

export const statuspageApiKey = namedRule({
  id: 'statuspage-api-key',
  provider: 'Statuspage',
  description: 'Statuspage API key',
  keywords: ['statuspage'],
  name: 'statuspage',
  value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  envVar: 'STATUSPAGE_API_KEY',
  docs: 'https://developer.statuspage.io/#section/Authentication',
});

export const statuspageRules = [statuspageApiKey];
