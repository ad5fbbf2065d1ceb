// Customer.io API keys: 20 hex (track API) with no prefix, so only under a Customer.io name.
import { namedRule } from './named-rule';

export const customerioApiKey = namedRule({
  id: 'customerio-api-key',
  provider: 'Customer.io',
  description: 'Customer.io API key',
  keywords: ['customerio', 'customer_io', 'customer.io', 'customer-io'],
  name: 'customer[_.-]?io',
  value: '[a-f0-9]{20}',
  envVar: 'CUSTOMERIO_API_KEY',
  docs: 'https://docs.customer.io/accounts-and-workspaces/managing-credentials/',
});

export const customerioRules = [customerioApiKey];
