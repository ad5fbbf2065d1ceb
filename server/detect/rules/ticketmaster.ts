// Ticketmaster API keys: 32 alphanumerics with no prefix, so only under a Ticketmaster name.
import { namedRule } from './named-rule';

export const ticketmasterApiKey = namedRule({
  id: 'ticketmaster-api-key',
  provider: 'Ticketmaster',
  description: 'Ticketmaster API key',
  keywords: ['ticketmaster'],
  name: 'ticketmaster',
  value: '[A-Za-z0-9]{32}',
  envVar: 'TICKETMASTER_API_KEY',
  docs: 'https://developer.ticketmaster.com/products-and-docs/apis/getting-started/',
});

export const ticketmasterRules = [ticketmasterApiKey];
