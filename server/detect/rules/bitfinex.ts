// Bitfinex API secrets: 43 alphanumerics with no prefix, so only under a Bitfinex name.
import { namedRule } from './named-rule';

export const bitfinexApiSecret = namedRule({
  id: 'bitfinex-api-secret',
  provider: 'Bitfinex',
  description: 'Bitfinex API secret',
  keywords: ['bitfinex'],
  name: 'bitfinex',
  kind: 'secret',
  value: '[A-Za-z0-9]{43}',
  envVar: 'BITFINEX_API_SECRET',
  docs: 'https://docs.bitfinex.com/docs/introduction#authentication',
});

export const bitfinexRules = [bitfinexApiSecret];
