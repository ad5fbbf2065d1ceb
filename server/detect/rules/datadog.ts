// Datadog API keys (32 hex) and application keys (40 hex): no prefix, so only under Datadog names
// (DD_API_KEY, datadog_api_key, DD-APPLICATION-KEY header, ddAppKey…).
import { defineRule } from '../rule';
import { assigned } from './assigned';
import { unlessPlaceholder } from '../placeholder';
const DOCS = 'https://docs.datadoghq.com/account_management/api-app-keys/';

export const datadogApiKey = defineRule({
  id: 'datadog-api-key',
  provider: 'Datadog',
  description: 'Datadog API key',
  keywords: ['datadog', 'dd_api', 'dd-api', 'ddapi'],
  pattern: new RegExp(assigned('(?:datadog|dd)[_.-]?api[_.-]?key', '[a-f0-9]{32}'), 'gi'),
  envVar: 'DD_API_KEY',
  minEntropy: 3.2,
  docs: DOCS,
  validate: unlessPlaceholder(),
});

export const datadogAppKey = defineRule({
  id: 'datadog-app-key',
  provider: 'Datadog',
  description: 'Datadog application key',
  keywords: ['datadog', 'dd_app', 'dd-app', 'ddapp'],
  pattern: new RegExp(assigned('(?:datadog|dd)[_.-]?app(?:lication)?[_.-]?key', '[a-f0-9]{40}'), 'gi'),
  envVar: 'DD_APP_KEY',
  minEntropy: 3.2,
  docs: DOCS,
  validate: unlessPlaceholder(),
});

export const datadogRules = [datadogApiKey, datadogAppKey];
