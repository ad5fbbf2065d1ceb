import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'keycloak-client-secret': {
    tps: [
      'KEYCLOAK_CLIENT_SECRET=up4tSUSrLiO8oukMpBWAIaVBdWWxZ6MZ',
      'const keycloakClientSecret = "up4tSUSrLiO8oukMpBWAIaVBdWWxZ6MZ";',
      '{ "keycloakClientSecret": "up4tSUSrLiO8oukMpBWAIaVBdWWxZ6MZ" }',
      'keycloak_client_secret: \'up4tSUSrLiO8oukMpBWAIaVBdWWxZ6MZ\'',
    ],
    fps: [
      'KEYCLOAK_CLIENT_SECRET=${KEYCLOAK_CLIENT_SECRET}',
      'KEYCLOAK_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'KEYCLOAK_CLIENT_SECRET=up4tSUSrLiO8oukM',
      'KEYCLOAK_ACCOUNT_ID=up4tSUSrLiO8oukMpBWAIaVBdWWxZ6MZ',
      'KEYCLOAK_CLIENT_SECRET_ID=up4tSUSrLiO8oukMpBWAIaVBdWWxZ6MZ',
      'const requestId = "up4tSUSrLiO8oukMpBWAIaVBdWWxZ6MZ";',
    ],
  },
};
