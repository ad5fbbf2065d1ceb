// Zoho OAuth access and refresh tokens: `1000.`, 32 hex, `.`, 32 hex.
import { tokenRule } from './token-rule';

export const zohoOauthToken = tokenRule({
  id: 'zoho-oauth-token',
  provider: 'Zoho',
  description: 'Zoho OAuth token',
  keywords: ['1000.'],
  pattern: /(?<![\w-])1000\.[a-f0-9]{32}\.[a-f0-9]{32}(?![\w-])/g,
  envVar: 'ZOHO_REFRESH_TOKEN',
  docs: 'https://www.zoho.com/accounts/protocol/oauth/web-apps/access-token.html',
  prefixLength: 5,
});

export const zohoRules = [zohoOauthToken];
