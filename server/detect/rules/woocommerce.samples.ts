import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'woocommerce-api-key': {
    tps: [
      "const api = new WooCommerceRestApi({ url, consumerKey: 'ck_acaf692036e12e3495d47b813e9419e6d8a33276', consumerSecret: 'cs_73c51a5caeaaca80f6225c046b675b252fbe9f1e' });",
      'WOOCOMMERCE_CONSUMER_SECRET=cs_73c51a5caeaaca80f6225c046b675b252fbe9f1e',
    ],
    fps: ['WOOCOMMERCE_CONSUMER_KEY=ck_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'WOOCOMMERCE_CONSUMER_SECRET=cs_your_consumer_secret', 'WOOCOMMERCE_CONSUMER_KEY=ck_0000000000000000000000000000000000000000'],
  },
};
