// urlscan.io API keys are UUIDs, so they count only under a urlscan name.
import { namedRule } from './named-rule';

export const urlscanApiKey = namedRule({
  id: 'urlscan-api-key',
  provider: 'urlscan.io',
  description: 'urlscan.io API key',
  keywords: ['urlscan'],
  name: 'urlscan',
  value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  envVar: 'URLSCAN_API_KEY',
  docs: 'https://urlscan.io/docs/api/',
});

export const urlscanRules = [urlscanApiKey];
