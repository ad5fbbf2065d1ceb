import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'stytch-secret': {
    tps: [
      'STYTCH_SECRET=secret-live-H6WKBwhYU6QRjCoGRU6jnOsqqeNNCde-ykiW',
      'const stytchSecret = "secret-live-H6WKBwhYU6QRjCoGRU6jnOsqqeNNCde-ykiW";',
      '{ "stytchSecret": "secret-live-H6WKBwhYU6QRjCoGRU6jnOsqqeNNCde-ykiW" }',
      'stytch_secret: \'secret-live-H6WKBwhYU6QRjCoGRU6jnOsqqeNNCde-ykiW\'',
    ],
    fps: [
      'STYTCH_SECRET=${STYTCH_SECRET}',
      'STYTCH_SECRET=xxxxxx-xxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxx',
      'STYTCH_SECRET=secret-live-H6WKBwhYU6QR',
      'STYTCH_ACCOUNT_ID=secret-live-H6WKBwhYU6QRjCoGRU6jnOsqqeNNCde-ykiW',
      'STYTCH_SECRET_ID=secret-live-H6WKBwhYU6QRjCoGRU6jnOsqqeNNCde-ykiW',
      'const requestId = "secret-live-H6WKBwhYU6QRjCoGRU6jnOsqqeNNCde-ykiW";',
    ],
  },
};
