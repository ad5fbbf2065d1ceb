// Scaleway secret keys are UUIDs, so they count only under a Scaleway name.
import { namedRule } from './named-rule';

export const scalewaySecretKey = namedRule({
  id: 'scaleway-secret-key',
  provider: 'Scaleway',
  description: 'Scaleway secret key',
  keywords: ['scaleway', 'scw'],
  name: 'scaleway|scw',
  kind: 'secret[_.-]?key|secret|token',
  value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  envVar: 'SCW_SECRET_KEY',
  docs: 'https://www.scaleway.com/en/docs/iam/concepts/#api-key',
});

export const scalewayRules = [scalewaySecretKey];
