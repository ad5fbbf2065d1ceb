// IBM Cloud API keys: 44 base64url characters with no prefix, so only under an IBM name.
import { namedRule } from './named-rule';

export const ibmCloudApiKey = namedRule({
  id: 'ibm-cloud-api-key',
  provider: 'IBM Cloud',
  description: 'IBM Cloud API key',
  keywords: ['ibm'],
  name: 'ibm(?:[_.-]?cloud)?',
  value: '[\\w-]{44}',
  classes: 3,
  envVar: 'IBMCLOUD_API_KEY',
  docs: 'https://cloud.ibm.com/docs/account?topic=account-userapikey',
});

export const ibmCloudRules = [ibmCloudApiKey];
