import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'paystack-secret-key': {
    tps: [
      'PAYSTACK_SECRET_KEY=sk_live_662794863fc5b4293bfee938d233c6bdab0b231e',
      'const paystackSecretKey = "sk_live_662794863fc5b4293bfee938d233c6bdab0b231e";',
      '{ "paystackSecretKey": "sk_live_662794863fc5b4293bfee938d233c6bdab0b231e" }',
      'paystack_secret_key: \'sk_live_662794863fc5b4293bfee938d233c6bdab0b231e\'',
    ],
    fps: [
      'PAYSTACK_SECRET_KEY=${PAYSTACK_SECRET_KEY}',
      'PAYSTACK_SECRET_KEY=xx_xxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'PAYSTACK_SECRET_KEY=sk_live_662794863fc5b429',
      'PAYSTACK_ACCOUNT_ID=sk_live_662794863fc5b4293bfee938d233c6bdab0b231e',
      'PAYSTACK_SECRET_KEY_ID=sk_live_662794863fc5b4293bfee938d233c6bdab0b231e',
      'const requestId = "sk_live_662794863fc5b4293bfee938d233c6bdab0b231e";',
    ],
  },
};
