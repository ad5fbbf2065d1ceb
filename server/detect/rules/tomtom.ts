// TomTom API keys: 32 alphanumerics with no prefix, so only under a TomTom name.
import { namedRule } from './named-rule';

export const tomtomApiKey = namedRule({
  id: 'tomtom-api-key',
  provider: 'TomTom',
  description: 'TomTom API key',
  keywords: ['tomtom'],
  name: 'tomtom',
  value: '[A-Za-z0-9]{32}',
  envVar: 'TOMTOM_API_KEY',
  docs: 'https://developer.tomtom.com/platform/documentation/dashboard/api-keys',
});

export const tomtomRules = [tomtomApiKey];
