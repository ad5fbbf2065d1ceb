// Stytch project secrets: `secret-live-` or `secret-test-` and 36 characters; under a Stytch name.
import { namedRule } from './named-rule';

export const stytchSecret = namedRule({
  id: 'stytch-secret',
  provider: 'Stytch',
  description: 'Stytch project secret',
  keywords: ['stytch'],
  name: 'stytch',
  kind: 'secret|key',
  value: 'secret-(?:live|test)-[\\w=-]{36}',
  envVar: 'STYTCH_SECRET',
  docs: 'https://stytch.com/docs/api/authentication',
});

export const stytchRules = [stytchSecret];
