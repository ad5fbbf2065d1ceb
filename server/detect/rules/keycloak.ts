// Keycloak client secrets: 32 alphanumerics with no prefix, so only under a Keycloak name.
import { namedRule } from './named-rule';

export const keycloakClientSecret = namedRule({
  id: 'keycloak-client-secret',
  provider: 'Keycloak',
  description: 'Keycloak client secret',
  keywords: ['keycloak'],
  name: 'keycloak',
  kind: 'secret',
  value: '[A-Za-z0-9]{32}',
  envVar: 'KEYCLOAK_CLIENT_SECRET',
  docs: 'https://www.keycloak.org/docs/latest/server_admin/#_client-credentials',
});

export const keycloakRules = [keycloakClientSecret];
