// Modal token ids (`ak-`) and secrets (`as-`): counted under a Modal name.
import { namedRule } from './named-rule';

export const modalTokenSecret = namedRule({
  id: 'modal-token-secret',
  provider: 'Modal',
  description: 'Modal token secret',
  keywords: ['modal'],
  name: 'modal',
  kind: 'secret|token',
  value: 'as-[A-Za-z0-9]{20,30}',
  envVar: 'MODAL_TOKEN_SECRET',
  docs: 'https://modal.com/docs/reference/modal.config',
});

export const modalRules = [modalTokenSecret];
