// 1Password: service account tokens (`ops_` + base64 JSON, several hundred characters) and account
// Secret Keys (`A3-` + 6-6-5-5-5-5 groups), which together with the account password unlock a vault.
import { tokenRule } from './token-rule';

export const onepasswordServiceAccountToken = tokenRule({
  id: '1password-service-account-token',
  provider: '1Password',
  description: '1Password service account token',
  keywords: ['ops_eyj'],
  pattern: /\bops_eyJ[A-Za-z0-9+/]{250,4000}={0,3}(?![\w+/=-])/g,
  envVar: 'OP_SERVICE_ACCOUNT_TOKEN',
  docs: 'https://developer.1password.com/docs/service-accounts/',
  prefixLength: 4,
});

export const onepasswordSecretKey = tokenRule({
  id: '1password-secret-key',
  provider: '1Password',
  description: '1Password account Secret Key',
  keywords: ['a3-'],
  pattern: /\bA3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}\b/g,
  envVar: 'OP_SECRET_KEY',
  docs: 'https://support.1password.com/secret-key-security/',
  prefixLength: 3,
  check: (secret) => (/[0-9]/.test(secret.slice(3)) && /[A-Z]/.test(secret.slice(3)) ? {} : false),
});

export const onepasswordRules = [onepasswordServiceAccountToken, onepasswordSecretKey];
