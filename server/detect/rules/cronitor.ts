// Cronitor API keys: 32 hex with no prefix, so only under a Cronitor name.
import { namedRule } from './named-rule';

export const cronitorApiKey = namedRule({
  id: 'cronitor-api-key',
  provider: 'Cronitor',
  description: 'Cronitor API key',
  keywords: ['cronitor'],
  name: 'cronitor',
  value: '[a-f0-9]{32}',
  envVar: 'CRONITOR_API_KEY',
  docs: 'https://cronitor.io/docs/api-overview',
});

export const cronitorRules = [cronitorApiKey];
