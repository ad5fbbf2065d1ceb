import { defineRule } from '../rule';
import { unlessPlaceholder } from '../placeholder';

// Shopify tokens carry their kind in the prefix: shpat_ (admin API), shpca_ (custom app), shppa_ (private
// app), shpss_ (shared secret). https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens

export const shopifyAccessToken = defineRule({
  id: 'shopify-access-token',
  provider: 'Shopify',
  description: 'Shopify access token',
  keywords: ['shpat_', 'shpca_', 'shppa_'],
  anchored: true,
  pattern: /(?<![\w-])shp(?:at|ca|pa)_[a-fA-F0-9]{32}(?![\w-])/g,
  envVar: 'SHOPIFY_ACCESS_TOKEN',
  minEntropy: 3,
  validate: unlessPlaceholder(6),
  docs: 'https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens',
});

export const shopifySharedSecret = defineRule({
  id: 'shopify-shared-secret',
  provider: 'Shopify',
  description: 'Shopify app shared secret',
  keywords: ['shpss_'],
  anchored: true,
  pattern: /(?<![\w-])shpss_[a-fA-F0-9]{32}(?![\w-])/g,
  envVar: 'SHOPIFY_API_SECRET',
  minEntropy: 3,
  validate: unlessPlaceholder(6),
  docs: 'https://shopify.dev/docs/apps/build/authentication-authorization/client-secrets',
});

export const shopifyRules = [shopifyAccessToken, shopifySharedSecret];
