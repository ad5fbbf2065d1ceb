// DatoCMS API tokens: 30 hex with no prefix, so only under a DatoCMS name.
import { namedRule } from './named-rule';

export const datocmsApiToken = namedRule({
  id: 'datocms-api-token',
  provider: 'DatoCMS',
  description: 'DatoCMS API token',
  keywords: ['datocms', 'dato_', 'dato-'],
  name: 'dato(?:cms)?',
  value: '[a-f0-9]{30}',
  envVar: 'DATOCMS_API_TOKEN',
  docs: 'https://www.datocms.com/docs/content-management-api/authentication',
});

export const datocmsRules = [datocmsApiToken];
