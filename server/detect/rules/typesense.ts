// Typesense API keys: 32 alphanumerics with no prefix, so only under a Typesense name.
import { namedRule } from './named-rule';

export const typesenseApiKey = namedRule({
  id: 'typesense-api-key',
  provider: 'Typesense',
  description: 'Typesense API key',
  keywords: ['typesense'],
  name: 'typesense',
  value: '[A-Za-z0-9]{32}',
  envVar: 'TYPESENSE_API_KEY',
  docs: 'https://typesense.org/docs/latest/api/api-keys.html',
});

export const typesenseRules = [typesenseApiKey];
