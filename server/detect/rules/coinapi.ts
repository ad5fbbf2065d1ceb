// CoinAPI keys are UUIDs, so they count only under a CoinAPI name (or its `X-CoinAPI-Key` header).
import { namedRule } from './named-rule';

export const coinapiKey = namedRule({
  id: 'coinapi-key',
  provider: 'CoinAPI',
  description: 'CoinAPI key',
  keywords: ['coinapi'],
  name: 'coinapi',
  value: '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}',
  envVar: 'COINAPI_KEY',
  confidence: 'medium',
  docs: 'https://docs.coinapi.io/authentication',
});

export const coinapiRules = [coinapiKey];
