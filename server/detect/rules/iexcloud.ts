// IEX Cloud secret tokens: `sk_` and 32 hex; Stripe-like prefix, so only under an IEX name.
import { namedRule } from './named-rule';

export const iexcloudSecretToken = namedRule({
  id: 'iexcloud-secret-token',
  provider: 'IEX Cloud',
  description: 'IEX Cloud secret token',
  keywords: ['iex'],
  name: 'iex(?:[_.-]?cloud)?',
  value: '[sS]k_[a-f0-9]{32}',
  envVar: 'IEX_CLOUD_SECRET_TOKEN',
  docs: 'https://iexcloud.io/docs/api/#authentication',
});

export const iexcloudRules = [iexcloudSecretToken];
