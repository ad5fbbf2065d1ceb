import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'razorpay-key-secret': {
    tps: [
      'RAZORPAY_KEY_SECRET=3MvxfPToHr0HHyeF2vh2GdZ3',
      'const razorpayKeySecret = "3MvxfPToHr0HHyeF2vh2GdZ3";',
      '{ "razorpayKeySecret": "3MvxfPToHr0HHyeF2vh2GdZ3" }',
      'razorpay_key_secret: \'3MvxfPToHr0HHyeF2vh2GdZ3\'',
    ],
    fps: [
      'RAZORPAY_KEY_SECRET=${RAZORPAY_KEY_SECRET}',
      'RAZORPAY_KEY_SECRET=xxxxxxxxxxxxxxxxxxxxxxxx',
      'RAZORPAY_KEY_SECRET=3MvxfPToHr0H',
      'RAZORPAY_ACCOUNT_ID=3MvxfPToHr0HHyeF2vh2GdZ3',
      'RAZORPAY_KEY_SECRET_ID=3MvxfPToHr0HHyeF2vh2GdZ3',
      'const requestId = "3MvxfPToHr0HHyeF2vh2GdZ3";',
    ],
  },
};
