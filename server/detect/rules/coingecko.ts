// CoinGecko API keys: `CG-` and 24 alphanumerics; counted under a CoinGecko name.
import { namedRule } from './named-rule';

export const coingeckoApiKey = namedRule({
  id: 'coingecko-api-key',
  provider: 'CoinGecko',
  description: 'CoinGecko API key',
  keywords: ['coingecko'],
  name: 'coingecko|x[_.-]?cg',
  value: 'CG-[A-Za-z0-9]{24,25}',
  envVar: 'COINGECKO_API_KEY',
  docs: 'https://docs.coingecko.com/reference/authentication',
});

export const coingeckoRules = [coingeckoApiKey];
