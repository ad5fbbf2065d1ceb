// Finnhub API keys: 20 lowercase alphanumerics with no prefix, so only under a Finnhub name.
import { namedRule } from './named-rule';

export const finnhubApiKey = namedRule({
  id: 'finnhub-api-key',
  provider: 'Finnhub',
  description: 'Finnhub API key',
  keywords: ['finnhub'],
  name: 'finnhub',
  value: '[a-z0-9]{20}',
  envVar: 'FINNHUB_API_KEY',
  docs: 'https://finnhub.io/docs/api/authentication',
});

export const finnhubRules = [finnhubApiKey];
