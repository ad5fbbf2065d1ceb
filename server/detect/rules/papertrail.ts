// Papertrail API tokens: 20 alphanumerics with no prefix, so only under a Papertrail name.
import { namedRule } from './named-rule';

export const papertrailApiToken = namedRule({
  id: 'papertrail-api-token',
  provider: 'Papertrail',
  description: 'Papertrail API token',
  keywords: ['papertrail'],
  name: 'papertrail',
  value: '[A-Za-z0-9]{20}',
  envVar: 'PAPERTRAIL_API_TOKEN',
  docs: 'https://www.papertrail.com/help/http-api/',
});

export const papertrailRules = [papertrailApiToken];
