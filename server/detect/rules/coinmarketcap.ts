// CoinMarketCap API keys are UUIDs, so they count only under a CoinMarketCap name.
import { namedRule } from './named-rule';

export const coinmarketcapApiKey = namedRule({
  id: 'coinmarketcap-api-key',
  provider: 'CoinMarketCap',
  description: 'CoinMarketCap API key',
  keywords: ['coinmarketcap', 'cmc_pro', 'cmc-pro', 'cmcpro'],
  name: 'coinmarketcap|cmc[_.-]?pro',
  value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  envVar: 'CMC_PRO_API_KEY',
  confidence: 'medium',
  docs: 'https://coinmarketcap.com/api/documentation/v1/#section/Authentication',
});

export const coinmarketcapRules = [coinmarketcapApiKey];
