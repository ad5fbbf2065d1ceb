// Mollie API keys: `live_` or `test_` and 30 alphanumerics; counted under a Mollie name.
import { namedRule } from './named-rule';

export const mollieApiKey = namedRule({
  id: 'mollie-api-key',
  provider: 'Mollie',
  description: 'Mollie API key',
  keywords: ['mollie'],
  name: 'mollie',
  value: '(?:live|test)_[A-Za-z0-9]{30}',
  envVar: 'MOLLIE_API_KEY',
  docs: 'https://docs.mollie.com/reference/authentication',
});

export const mollieRules = [mollieApiKey];
