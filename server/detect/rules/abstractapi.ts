// Abstract API keys: 32 hex with no prefix, so only under an Abstract name.
import { namedRule } from './named-rule';

export const abstractapiKey = namedRule({
  id: 'abstractapi-key',
  provider: 'Abstract API',
  description: 'Abstract API key',
  keywords: ['abstract_api', 'abstractapi', 'abstract-api'],
  name: 'abstract[_.-]?api',
  value: '[a-f0-9]{32}',
  envVar: 'ABSTRACT_API_KEY',
  docs: 'https://docs.abstractapi.com/',
});

export const abstractapiRules = [abstractapiKey];
