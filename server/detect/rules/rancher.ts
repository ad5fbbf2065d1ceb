// Rancher API tokens: `token-`, a 5-character id, `:` and 54 lowercase alphanumerics.
import { tokenRule } from './token-rule';

export const rancherApiToken = tokenRule({
  id: 'rancher-api-token',
  provider: 'Rancher',
  description: 'Rancher API token',
  keywords: ['token-'],
  pattern: /(?<![\w-])token-[a-z0-9]{5}:[a-z0-9]{54}(?![\w-])/g,
  envVar: 'RANCHER_TOKEN',
  docs: 'https://ranchermanager.docs.rancher.com/reference-guides/user-settings/api-keys',
  prefixLength: 6,
});

export const rancherRules = [rancherApiToken];
