// Honeycomb API keys: 22 or 32 alphanumerics (classic) or `hc` + kind + `_` (current); under a Honeycomb name.
import { namedRule } from './named-rule';

export const honeycombApiKey = namedRule({
  id: 'honeycomb-api-key',
  provider: 'Honeycomb',
  description: 'Honeycomb API key',
  keywords: ['honeycomb'],
  name: 'honeycomb',
  value: '[A-Za-z0-9]{22}|[A-Za-z0-9]{32}|hc[a-z]{2,3}_[a-z0-9]{20,64}',
  envVar: 'HONEYCOMB_API_KEY',
  docs: 'https://docs.honeycomb.io/configure/environments/manage-api-keys/',
});

export const honeycombRules = [honeycombApiKey];
