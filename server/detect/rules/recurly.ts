// Recurly private API keys: 32 hex with no prefix, so only under a Recurly name.
import { namedRule } from './named-rule';

export const recurlyApiKey = namedRule({
  id: 'recurly-api-key',
  provider: 'Recurly',
  description: 'Recurly API key',
  keywords: ['recurly'],
  name: 'recurly',
  value: '[a-f0-9]{32}',
  envVar: 'RECURLY_API_KEY',
  docs: 'https://recurly.com/developers/api/v2021-02-25/index.html#section/Getting-Started/Authentication',
});

export const recurlyRules = [recurlyApiKey];
