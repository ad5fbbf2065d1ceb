// Auth0 application client secrets: 64 base64url characters with no prefix, so only under an Auth0 name.
// (Management API tokens are JWTs: the JWT rule finds them.)
import { namedRule } from './named-rule';

export const auth0ClientSecret = namedRule({
  id: 'auth0-client-secret',
  provider: 'Auth0',
  description: 'Auth0 client secret',
  keywords: ['auth0'],
  name: 'auth0',
  kind: 'secret|key',
  value: '[\\w-]{64}',
  envVar: 'AUTH0_CLIENT_SECRET',
  docs: 'https://auth0.com/docs/get-started/applications/application-credentials',
});

export const auth0Rules = [auth0ClientSecret];
