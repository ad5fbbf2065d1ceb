// Tomorrow.io API keys: 32 alphanumerics with no prefix, so only under a Tomorrow.io name.
import { namedRule } from './named-rule';

export const tomorrowIoApiKey = namedRule({
  id: 'tomorrow-io-api-key',
  provider: 'Tomorrow.io',
  description: 'Tomorrow.io API key',
  keywords: ['tomorrow'],
  name: 'tomorrow(?:[_.-]?io)?',
  value: '[A-Za-z0-9]{32}',
  envVar: 'TOMORROW_API_KEY',
  docs: 'https://docs.tomorrow.io/reference/api-authentication',
});

export const tomorrowIoRules = [tomorrowIoApiKey];
