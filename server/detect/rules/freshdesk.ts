// Freshdesk API keys: 20 alphanumerics with no prefix, so only under a Freshdesk name.
import { namedRule } from './named-rule';

export const freshdeskApiKey = namedRule({
  id: 'freshdesk-api-key',
  provider: 'Freshdesk',
  description: 'Freshdesk API key',
  keywords: ['freshdesk'],
  name: 'freshdesk',
  value: '[A-Za-z0-9]{20}',
  envVar: 'FRESHDESK_API_KEY',
  docs: 'https://developers.freshdesk.com/api/#authentication',
});

export const freshdeskRules = [freshdeskApiKey];
