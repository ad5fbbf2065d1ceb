// Chargebee API keys: `live_` or `test_` and about 32 alphanumerics; counted under a Chargebee name.
import { namedRule } from './named-rule';

export const chargebeeApiKey = namedRule({
  id: 'chargebee-api-key',
  provider: 'Chargebee',
  description: 'Chargebee API key',
  keywords: ['chargebee'],
  name: 'chargebee',
  value: '(?:live|test)_[A-Za-z0-9]{26,40}',
  envVar: 'CHARGEBEE_API_KEY',
  docs: 'https://apidocs.chargebee.com/docs/api/?prod_cat_ver=2#api_authentication',
});

export const chargebeeRules = [chargebeeApiKey];
