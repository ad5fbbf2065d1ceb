// Duo secret keys (`skey`): 40 alphanumerics with no prefix, so only under a Duo name.
import { namedRule } from './named-rule';

export const duoSecretKey = namedRule({
  id: 'duo-secret-key',
  provider: 'Duo',
  description: 'Duo secret key',
  keywords: ['duo'],
  name: 'duo',
  kind: 'secret[_.-]?key|skey|secret',
  value: '[A-Za-z0-9]{40}',
  envVar: 'DUO_SECRET_KEY',
  docs: 'https://duo.com/docs/adminapi#first-steps',
});

export const duoRules = [duoSecretKey];
