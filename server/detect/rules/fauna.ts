// Fauna secrets: `fn` and 38 base64url characters; a prefix too short alone, so only under a Fauna name.
import { namedRule } from './named-rule';

export const faunaSecret = namedRule({
  id: 'fauna-secret',
  provider: 'Fauna',
  description: 'Fauna secret',
  keywords: ['fauna'],
  name: 'fauna',
  kind: 'secret|key|token',
  value: 'fn[\\w-]{38}',
  envVar: 'FAUNA_SECRET',
  docs: 'https://docs.fauna.com/fauna/current/learn/security/keys/',
});

export const faunaRules = [faunaSecret];
