// Have I Been Pwned API keys: 32 hex with no prefix, so only under an HIBP name.
import { namedRule } from './named-rule';

export const hibpApiKey = namedRule({
  id: 'hibp-api-key',
  provider: 'Have I Been Pwned',
  description: 'Have I Been Pwned API key',
  keywords: ['hibp', 'haveibeenpwned'],
  name: 'hibp|haveibeenpwned',
  value: '[a-f0-9]{32}',
  envVar: 'HIBP_API_KEY',
  docs: 'https://haveibeenpwned.com/API/v3#Authorisation',
});

export const hibpRules = [hibpApiKey];
