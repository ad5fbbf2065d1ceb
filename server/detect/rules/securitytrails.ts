// SecurityTrails API keys: 32 alphanumerics with no prefix, so only under a SecurityTrails name.
import { namedRule } from './named-rule';

export const securitytrailsApiKey = namedRule({
  id: 'securitytrails-api-key',
  provider: 'SecurityTrails',
  description: 'SecurityTrails API key',
  keywords: ['securitytrails'],
  name: 'securitytrails',
  value: '[A-Za-z0-9]{32}',
  envVar: 'SECURITYTRAILS_API_KEY',
  docs: 'https://docs.securitytrails.com/docs/authentication',
});

export const securitytrailsRules = [securitytrailsApiKey];
