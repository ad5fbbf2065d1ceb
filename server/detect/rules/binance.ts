// Binance API secret keys: 64 alphanumerics with no prefix, so only under a Binance name.
import { namedRule } from './named-rule';

export const binanceApiSecret = namedRule({
  id: 'binance-api-secret',
  provider: 'Binance',
  description: 'Binance API secret',
  keywords: ['binance'],
  name: 'binance',
  kind: 'secret|key',
  value: '[A-Za-z0-9]{64}',
  envVar: 'BINANCE_API_SECRET',
  docs: 'https://developers.binance.com/docs/binance-spot-api-docs/rest-api/request-security',
});

export const binanceRules = [binanceApiSecret];
