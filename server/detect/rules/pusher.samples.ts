import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'pusher-app-secret': {
    tps: [
      'PUSHER_APP_SECRET=74082f73bda1090f0ef4',
      'const pusherAppSecret = "74082f73bda1090f0ef4";',
      '{ "pusherAppSecret": "74082f73bda1090f0ef4" }',
      'pusher_app_secret: \'74082f73bda1090f0ef4\'',
    ],
    fps: [
      'PUSHER_APP_SECRET=${PUSHER_APP_SECRET}',
      'PUSHER_APP_SECRET=00000000000000000000',
      'PUSHER_APP_SECRET=74082f73bd',
      'PUSHER_ACCOUNT_ID=74082f73bda1090f0ef4',
      'PUSHER_APP_SECRET_ID=74082f73bda1090f0ef4',
      'const requestId = "74082f73bda1090f0ef4";',
    ],
  },
};
