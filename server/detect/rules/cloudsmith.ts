// Cloudsmith API keys: 40 hex with no prefix, so only under a Cloudsmith name.
import { namedRule } from './named-rule';

export const cloudsmithApiKey = namedRule({
  id: 'cloudsmith-api-key',
  provider: 'Cloudsmith',
  description: 'Cloudsmith API key',
  keywords: ['cloudsmith'],
  name: 'cloudsmith',
  value: '[a-f0-9]{40}',
  envVar: 'CLOUDSMITH_API_KEY',
  docs: 'https://help.cloudsmith.io/docs/api-keys',
});

export const cloudsmithRules = [cloudsmithApiKey];
