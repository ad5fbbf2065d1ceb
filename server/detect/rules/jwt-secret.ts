// JWT signing secrets (`JWT_SECRET=…`): whoever has one can mint valid tokens for the app. Any shape, so only
// under a JWT name, and only values that are not stand-ins.
import { namedRule } from './named-rule';

export const jwtSigningSecret = namedRule({
  id: 'jwt-signing-secret',
  provider: 'JWT',
  description: 'JWT signing secret',
  keywords: ['jwt_', 'jwt-', 'jwt.', 'jwtsecret', 'jwtkey', 'jwtsigning', 'jws_', 'jws-', 'jwssecret'],
  name: 'jwt|jws',
  kind: 'secret|signing[_.-]?key|secret[_.-]?key|key',
  value: '[\\w!@#$%^&*+/=.~-]{24,96}',
  envVar: 'JWT_SECRET',
  confidence: 'medium',
  minEntropy: 3.5,
  docs: 'https://datatracker.ietf.org/doc/html/rfc7518#section-3.2',
});

export const jwtSecretRules = [jwtSigningSecret];
