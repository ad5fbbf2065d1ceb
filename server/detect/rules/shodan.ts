// Shodan API keys: 32 alphanumerics with no prefix, so only under a Shodan name.
import { namedRule } from './named-rule';

export const shodanApiKey = namedRule({
  id: 'shodan-api-key',
  provider: 'Shodan',
  description: 'Shodan API key',
  keywords: ['shodan'],
  name: 'shodan',
  value: '[A-Za-z0-9]{32}',
  envVar: 'SHODAN_API_KEY',
  docs: 'https://developer.shodan.io/api/requirements',
});

export const shodanRules = [shodanApiKey];
