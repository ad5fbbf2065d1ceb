import { defineRule } from '../rule';
import { unlessPlaceholder } from '../placeholder';

// WooCommerce REST API keys: consumer key ck_ and consumer secret cs_, each + 40 hex. The pair signs
// requests, and either leaked with the other's store URL is enough to read orders, so both are reported.
export const woocommerceApiKey = defineRule({
  id: 'woocommerce-api-key',
  provider: 'WooCommerce',
  description: 'WooCommerce REST API consumer key or secret',
  keywords: ['ck_', 'cs_'],
  anchored: true,
  pattern: /(?<![\w-])c[ks]_[a-f0-9]{40}(?![\w-])/g,
  envVar: 'WOOCOMMERCE_CONSUMER_SECRET',
  minEntropy: 3,
  validate: unlessPlaceholder(3),
  docs: 'https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication',
});

export const woocommerceRules = [woocommerceApiKey];
