// OneSignal REST API keys: `os_v2_app_` and 100+ lowercase base32 characters in the current form; the older
// 48-character form has no prefix and counts only under a OneSignal name.
import { namedRule } from './named-rule';
import { tokenRule } from './token-rule';

export const onesignalApiKey = tokenRule({
  id: 'onesignal-api-key',
  provider: 'OneSignal',
  description: 'OneSignal REST API key',
  keywords: ['os_v2_app_', 'os_v2_org_'],
  pattern: /(?<![\w-])os_v2_(?:app|org)_[a-z2-7]{100,130}(?![\w-])/g,
  envVar: 'ONESIGNAL_REST_API_KEY',
  docs: 'https://documentation.onesignal.com/docs/keys-and-ids',
  prefixLength: 10,
});

export const onesignalApiKeyLegacy = namedRule({
  id: 'onesignal-api-key-legacy',
  provider: 'OneSignal',
  description: 'OneSignal REST API key (legacy form)',
  keywords: ['onesignal'],
  name: 'one[_.-]?signal',
  value: '[A-Za-z0-9+/]{48}',
  envVar: 'ONESIGNAL_REST_API_KEY',
  docs: 'https://documentation.onesignal.com/docs/keys-and-ids',
});

export const onesignalRules = [onesignalApiKey, onesignalApiKeyLegacy];
