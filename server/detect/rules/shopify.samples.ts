import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'shopify-access-token': {
    tps: [
      'SHOPIFY_ACCESS_TOKEN=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',
      "const session = { accessToken: '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' };",
      'password: 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',
    ],
    fps: ['SHOPIFY_ACCESS_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'SHOPIFY_ACCESS_TOKEN=shpat_<token>', 'shpat_8fb1c5fbb4e1'],
  },
  'shopify-shared-secret': {
    tps: ['SHOPIFY_API_SECRET=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', "apiSecretKey: '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',"],
    fps: ['SHOPIFY_API_SECRET=shpss_00000000000000000000000000000000', 'SHOPIFY_API_SECRET=shpss_...'],
  },
};
