import { defineRule } from '../rule';
import { assigned } from './assigned';
import { charClasses } from './shape';
import { unlessPlaceholder } from '../placeholder';

// Coinbase API secrets (legacy 32-character secrets, 64-character access tokens, base64 CDP key secrets) have
// no prefix: counted under a Coinbase name that says secret, private or token. CDP keys in PEM form are
// found by `private-key`.
export const coinbaseApiSecret = defineRule({
  id: 'coinbase-api-secret',
  provider: 'Coinbase',
  description: 'Coinbase API secret or access token',
  keywords: ['coinbase'],
  anchored: true,
  pattern: new RegExp(assigned('coinbase[\\w.-]{0,20}?(?:secret|private|token)', '[A-Za-z0-9+/_-]{32,88}={0,2}'), 'gi'),
  envVar: 'COINBASE_API_SECRET',
  minEntropy: 3.5,
  validate: (secret) => (charClasses(secret) < 2 ? false : unlessPlaceholder()(secret)),
  docs: 'https://docs.cdp.coinbase.com/get-started/docs/cdp-api-keys',
});

export const coinbaseRules = [coinbaseApiSecret];
