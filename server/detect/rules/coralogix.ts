// Coralogix keys are UUIDs, so they count only under a Coralogix name.
import { namedRule } from './named-rule';

export const coralogixKey = namedRule({
  id: 'coralogix-key',
  provider: 'Coralogix',
  description: 'Coralogix key',
  keywords: ['coralogix'],
  name: 'coralogix',
  kind: 'key|token|secret',
  value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  envVar: 'CORALOGIX_PRIVATE_KEY',
  docs: 'https://coralogix.com/docs/user-guides/account-management/api-keys/api-keys/',
});

export const coralogixRules = [coralogixKey];
