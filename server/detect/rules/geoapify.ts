// Geoapify API keys: 32 hex with no prefix, so only under a Geoapify name.
import { namedRule } from './named-rule';

export const geoapifyApiKey = namedRule({
  id: 'geoapify-api-key',
  provider: 'Geoapify',
  description: 'Geoapify API key',
  keywords: ['geoapify'],
  name: 'geoapify',
  value: '[a-f0-9]{32}',
  envVar: 'GEOAPIFY_API_KEY',
  docs: 'https://apidocs.geoapify.com/docs/',
});

export const geoapifyRules = [geoapifyApiKey];
