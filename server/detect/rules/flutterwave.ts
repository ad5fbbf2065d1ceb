import { defineRule } from '../rule';
import { modeVerdict } from './support/mode';
import { isPlaceholder } from './support/placeholder';

// FLWSECK-<32 hex>-X (live) or FLWSECK_TEST-<32 hex>-X; FLWPUBK public keys are not secrets.
export const flutterwaveSecretKey = defineRule({
  id: 'flutterwave-secret-key',
  provider: 'Flutterwave',
  description: 'Flutterwave secret key',
  keywords: ['flwseck'],
  anchored: true,
  pattern: /(?<![\w-])FLWSECK(?:_TEST)?-[a-f0-9]{32}-X(?![\w-])/g,
  envVar: 'FLW_SECRET_KEY',
  validate: (secret) => (isPlaceholder(secret.slice(-34, -2)) ? false : modeVerdict(!secret.includes('_TEST'), 'Flutterwave secret key')),
  docs: 'https://developer.flutterwave.com/docs/authentication',
  samples: {
    tps: ['FLW_SECRET_KEY=FLWSECK-63a887c58f555cd730cd5f03b8d64367-X', "const flw = new Flutterwave(FLW_PUBLIC_KEY, 'FLWSECK_TEST-4d81eea2d3ccd2e26f2cf21ae277540f-X');"],
    fps: ['FLW_PUBLIC_KEY=FLWPUBK-63a887c58f555cd730cd5f03b8d64367-X', 'FLW_SECRET_KEY=FLWSECK_TEST-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X', 'FLW_SECRET_KEY=FLWSECK-your-secret-key-X'],
  },
});
