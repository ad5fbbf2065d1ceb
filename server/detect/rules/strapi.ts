// Strapi API tokens: 256 hex with no prefix, so only under a Strapi name.
import { namedRule } from './named-rule';

export const strapiApiToken = namedRule({
  id: 'strapi-api-token',
  provider: 'Strapi',
  description: 'Strapi API token',
  keywords: ['strapi'],
  name: 'strapi',
  value: '[a-f0-9]{256}',
  envVar: 'STRAPI_API_TOKEN',
  docs: 'https://docs.strapi.io/cms/features/api-tokens',
});

export const strapiRules = [strapiApiToken];
