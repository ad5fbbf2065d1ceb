// Instana API tokens: 22 base64url characters with no prefix, so only under an Instana name.
import { namedRule } from './named-rule';

export const instanaApiToken = namedRule({
  id: 'instana-api-token',
  provider: 'Instana',
  description: 'Instana API token',
  keywords: ['instana'],
  name: 'instana',
  value: '[\\w-]{22}',
  classes: 3,
  envVar: 'INSTANA_API_TOKEN',
  docs: 'https://www.ibm.com/docs/en/instana-observability/current?topic=apis-instana-rest-api',
});

export const instanaRules = [instanaApiToken];
