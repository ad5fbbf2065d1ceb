// Clockify API keys: 48 alphanumerics with no prefix, so only under a Clockify name.
import { namedRule } from './named-rule';

export const clockifyApiKey = namedRule({
  id: 'clockify-api-key',
  provider: 'Clockify',
  description: 'Clockify API key',
  keywords: ['clockify'],
  name: 'clockify',
  value: '[A-Za-z0-9]{48}',
  envVar: 'CLOCKIFY_API_KEY',
  docs: 'https://docs.clockify.me/#section/Authentication',
});

export const clockifyRules = [clockifyApiKey];
