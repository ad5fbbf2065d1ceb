// Klaviyo private API keys: `pk_` and 34 hex (the 6-character public key is not a secret).
import { tokenRule } from './token-rule';

export const klaviyoPrivateKey = tokenRule({
  id: 'klaviyo-private-key',
  provider: 'Klaviyo',
  description: 'Klaviyo private API key',
  keywords: ['pk_'],
  pattern: /(?<![\w-])pk_[a-f0-9]{34}(?![\w-])/g,
  envVar: 'KLAVIYO_PRIVATE_KEY',
  docs: 'https://developers.klaviyo.com/en/docs/authenticate_',
  prefixLength: 3,
});

export const klaviyoRules = [klaviyoPrivateKey];
