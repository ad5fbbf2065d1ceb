// PubNub secret keys: `sec-c-` and 48 alphanumerics (publish and subscribe keys are not secrets).
import { tokenRule } from './token-rule';

export const pubnubSecretKey = tokenRule({
  id: 'pubnub-secret-key',
  provider: 'PubNub',
  description: 'PubNub secret key',
  keywords: ['sec-c-'],
  pattern: /(?<![\w-])sec-c-[A-Za-z0-9]{48}(?![\w-])/g,
  envVar: 'PUBNUB_SECRET_KEY',
  docs: 'https://www.pubnub.com/docs/general/basics/initialize-pubnub',
  prefixLength: 6,
});

export const pubnubRules = [pubnubSecretKey];
