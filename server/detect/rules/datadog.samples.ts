import type { RuleSamples } from '../rule';

const API_KEY = '0c9e15520f3d9885b730b3c30ab24c97';
const APP_KEY = 'dc7cd6dd33304b037b43574976d5190104abd04f';

export const samples: RuleSamples = {
  'datadog-api-key': {
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
  'datadog-app-key': {
    tps: [
      `DD_APP_KEY=${APP_KEY}`,
      `curl -H "DD-APPLICATION-KEY: ${APP_KEY}" https://api.datadoghq.com/api/v1/dashboard`,
      `"datadog_application_key": "${APP_KEY}"`,
    ],
    fps: ['DD_APP_KEY=${DD_APP_KEY}', `DD_APP_KEY=${APP_KEY.slice(0, 32)}`, `DD_APP_KEY=${'f'.repeat(40)}`],
  },
};
