// Mixpanel API secrets: 32 hex with no prefix, so only under a Mixpanel name (project tokens are public).
import { namedRule } from './named-rule';

export const mixpanelApiSecret = namedRule({
  id: 'mixpanel-api-secret',
  provider: 'Mixpanel',
  description: 'Mixpanel API secret',
  keywords: ['mixpanel'],
  name: 'mixpanel',
  kind: 'secret',
  value: '[a-f0-9]{32}',
  envVar: 'MIXPANEL_API_SECRET',
  docs: 'https://developer.mixpanel.com/reference/authentication',
});

export const mixpanelRules = [mixpanelApiSecret];
