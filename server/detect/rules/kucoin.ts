// KuCoin API secrets are UUIDs, so they count only under a KuCoin name.
import { namedRule } from './named-rule';

export const kucoinApiSecret = namedRule({
  id: 'kucoin-api-secret',
  provider: 'KuCoin',
  description: 'KuCoin API secret',
  keywords: ['kucoin'],
  name: 'kucoin',
  kind: 'secret',
  value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  envVar: 'KUCOIN_API_SECRET',
  docs: 'https://www.kucoin.com/docs-new/authentication',
});

export const kucoinRules = [kucoinApiSecret];
