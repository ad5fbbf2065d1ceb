// OpenCage geocoding API keys: 32 hex with no prefix, so only under an OpenCage name.
import { namedRule } from './named-rule';

export const opencageApiKey = namedRule({
  id: 'opencage-api-key',
  provider: 'OpenCage',
  description: 'OpenCage API key',
  keywords: ['opencage'],
  name: 'opencage',
  value: '[a-f0-9]{32}',
  envVar: 'OPENCAGE_API_KEY',
  docs: 'https://opencagedata.com/api#authentication',
});

export const opencageRules = [opencageApiKey];
