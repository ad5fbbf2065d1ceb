import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'braintree-access-token': {
    tps: [
      'BRAINTREE_ACCESS_TOKEN=access_token$production$p55kmteyev2vl8sz$44a8caf0a17930958c39ce15983c1e60',
      "const gateway = new braintree.BraintreeGateway({ accessToken: 'access_token$sandbox$45d97ajzt635unc8$90c5613691fa65c8a207605940466bfd' });",
    ],
    fps: [
      'BRAINTREE_ACCESS_TOKEN=access_token$production$merchantid$token',
      "accessToken: 'access_token$sandbox$xxxxxxxxxxxxxxxx$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'",
      'BRAINTREE_ACCESS_TOKEN=access_token$production$p55kmteyev2vl8sz$00000000000000000000000000000000',
    ],
  },
};
