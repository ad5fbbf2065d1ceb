// TrueNAS API keys: a numeric key id, a dash and 64 alphanumerics; counted under a TrueNAS name.
import { namedRule } from './named-rule';

export const truenasApiKey = namedRule({
  id: 'truenas-api-key',
  provider: 'TrueNAS',
  description: 'TrueNAS API key',
  keywords: ['truenas', 'freenas'],
  name: 'truenas|freenas',
  value: '[0-9]{1,3}-[A-Za-z0-9]{64}',
  envVar: 'TRUENAS_API_KEY',
  docs: 'https://www.truenas.com/docs/scale/scaletutorials/toptoolbar/managingapikeys/',
});

export const truenasRules = [truenasApiKey];
