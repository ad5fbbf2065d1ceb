// Vultr API keys: 36 upper-case alphanumerics, no prefix, so only under a Vultr name.
import { namedRule } from './named-rule';

export const vultrApiKey = namedRule({
  id: 'vultr-api-key',
  provider: 'Vultr',
  description: 'Vultr API key',
  keywords: ['vultr'],
  name: 'vultr',
  value: '[A-Z0-9]{36}',
  envVar: 'VULTR_API_KEY',
  docs: 'https://docs.vultr.com/platform/other/api/manage-api-keys',
});

export const vultrRules = [vultrApiKey];
