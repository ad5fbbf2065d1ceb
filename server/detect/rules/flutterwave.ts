import { defineRule } from '../rule';
import { modeVerdict } from './support/mode';
import { isPlaceholder } from '../placeholder';

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
});

export const flutterwaveRules = [flutterwaveSecretKey];
