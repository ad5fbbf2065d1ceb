// API keys assigned to api-key-ish names (`api_key`, `apiKey`, `X-Api-Key`, `access_key`, `app_key`).
import { defineRule } from '../rule';
import { genericRule } from './generic-assignment';

export const genericApiKey = defineRule(genericRule({
  id: 'generic-api-key',
  description: 'Hardcoded API key',
  kind: 'token',
  keywords: ['api_key', 'apikey', 'api-key', 'api key', 'access_key', 'accesskey', 'access-key', 'app_key', 'appkey'],
  names: 'api[_ -]?key|access[_-]?key|app[_-]?key',
  envVar: 'API_KEY',
}));

export const genericApiKeyRules = [genericApiKey];
