// Infura API keys: 32 hex with no prefix, so only under an Infura name.
import { namedRule } from './named-rule';

export const infuraApiKey = namedRule({
  id: 'infura-api-key',
  provider: 'Infura',
  description: 'Infura API key',
  keywords: ['infura'],
  name: 'infura',
  kind: 'key|secret|project[_.-]?secret',
  value: '[a-f0-9]{32}',
  envVar: 'INFURA_API_KEY',
  docs: 'https://docs.metamask.io/services/get-started/infura/',
});

export const infuraRules = [infuraApiKey];
