import { defineRule } from '../rule';
import { unlessPlaceholder } from './support/placeholder';

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
  samples: {
    tps: [
      'SHOPIFY_ACCESS_TOKEN=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',
      "const session = { accessToken: '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' };",
      'password: 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',
    ],
    fps: ['SHOPIFY_ACCESS_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'SHOPIFY_ACCESS_TOKEN=shpat_<token>', 'shpat_8fb1c5fbb4e1'],
  },
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
  samples: {
    tps: ['SHOPIFY_API_SECRET=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', "apiSecretKey: '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',"],
    fps: ['SHOPIFY_API_SECRET=shpss_00000000000000000000000000000000', 'SHOPIFY_API_SECRET=shpss_...'],
  },
});
