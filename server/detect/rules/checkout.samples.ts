import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'checkout-secret-key': {
    tps: [
      'CHECKOUT_SECRET_KEY=sk_sbox_b90mst0r992fipyppsj9c8wx5h',
      'const checkoutSecretKey = "sk_sbox_b90mst0r992fipyppsj9c8wx5h";',
      '{ "checkoutSecretKey": "sk_sbox_b90mst0r992fipyppsj9c8wx5h" }',
      'checkout_secret_key: \'sk_sbox_b90mst0r992fipyppsj9c8wx5h\'',
    ],
    fps: [
      'CHECKOUT_SECRET_KEY=${CHECKOUT_SECRET_KEY}',
      'CHECKOUT_SECRET_KEY=xx_xxxx_xxxxxxxxxxxxxxxxxxxxxxxxxx',
      'CHECKOUT_SECRET_KEY=sk_sbox_b90mst0r9',
      'CHECKOUT_ACCOUNT_ID=sk_sbox_b90mst0r992fipyppsj9c8wx5h',
      'CHECKOUT_SECRET_KEY_ID=sk_sbox_b90mst0r992fipyppsj9c8wx5h',
      'const requestId = "sk_sbox_b90mst0r992fipyppsj9c8wx5h";',
    ],
  },
};
