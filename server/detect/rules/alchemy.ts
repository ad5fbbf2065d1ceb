// Alchemy API keys: 32 base64url characters with no prefix, so only under an Alchemy name.
import { namedRule } from './named-rule';

export const alchemyApiKey = namedRule({
  id: 'alchemy-api-key',
  provider: 'Alchemy',
  description: 'Alchemy API key',
  keywords: ['alchemy'],
  name: 'alchemy',
  value: '[\\w-]{32}',
  envVar: 'ALCHEMY_API_KEY',
  docs: 'https://docs.alchemy.com/reference/api-overview',
});

export const alchemyRules = [alchemyApiKey];
