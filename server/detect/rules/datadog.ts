// Datadog API keys (32 hex) and application keys (40 hex): no prefix, so only under Datadog names
// (DD_API_KEY, datadog_api_key, DD-APPLICATION-KEY header, ddAppKey…).
import { defineRule } from '../rule';
import { assigned } from './assigned';
import { looksLikePlaceholder } from './shape';

const API_KEY = '0c9e15520f3d9885b730b3c30ab24c97';
const APP_KEY = 'dc7cd6dd33304b037b43574976d5190104abd04f';
const DOCS = 'https://docs.datadoghq.com/account_management/api-app-keys/';
const notFiller = (secret: string) => (looksLikePlaceholder(secret) ? false : {});

export const datadogApiKey = defineRule({
  id: 'datadog-api-key',
  provider: 'Datadog',
  description: 'Datadog API key',
  keywords: ['datadog', 'dd_api', 'dd-api', 'ddapi'],
  pattern: new RegExp(assigned('(?:datadog|dd)[_.-]?api[_.-]?key', '[a-f0-9]{32}'), 'gi'),
  envVar: 'DD_API_KEY',
  minEntropy: 3.2,
  docs: DOCS,
  validate: notFiller,
  samples: {
    tps: [
      `DD_API_KEY=${API_KEY}`,
      `datadog_api_key: "${API_KEY}"`,
      `curl -H "DD-API-KEY: ${API_KEY}" https://api.datadoghq.com/api/v1/validate`,
      `const ddApiKey = '${API_KEY}';`,
      `<add key="DatadogApiKey" value="${API_KEY}" />`,
    ],
    fps: [
      'DD_API_KEY=${DD_API_KEY}',
      `DD_SITE=datadoghq.eu # datadog ${API_KEY.slice(0, 20)}`,
      `DD_API_KEY=${'0'.repeat(32)}`,
      `add_api_key = "${API_KEY}"`,
      `DD_API_KEY=<DATADOG_API_KEY>`,
    ],
  },
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
  validate: notFiller,
  samples: {
    tps: [
      `DD_APP_KEY=${APP_KEY}`,
      `curl -H "DD-APPLICATION-KEY: ${APP_KEY}" https://api.datadoghq.com/api/v1/dashboard`,
      `"datadog_application_key": "${APP_KEY}"`,
    ],
    fps: ['DD_APP_KEY=${DD_APP_KEY}', `DD_APP_KEY=${APP_KEY.slice(0, 32)}`, `DD_APP_KEY=${'f'.repeat(40)}`],
  },
});

export const datadogRules = [datadogApiKey, datadogAppKey];
