// Lob secret API keys: `live_` or `test_` and 35 hex, prefixes too common alone, so only under a Lob name.
import { namedRule } from './named-rule';

export const lobApiKey = namedRule({
  id: 'lob-api-key',
  provider: 'Lob',
  description: 'Lob API key',
  keywords: ['lob_', 'lob-', 'lobapi', 'lobkey', 'lobsecret', 'lobtoken'],
  name: 'lob',
  value: '(?:live|test)_[a-f0-9]{35}',
  envVar: 'LOB_API_KEY',
  docs: 'https://docs.lob.com/#tag/Authentication',
});

export const lobRules = [lobApiKey];
