// Google API keys (Maps, Firebase, Gemini…): `AIza` then 35 base64url characters; OAuth client secrets
// (`GOCSPX-` then 28).
import { tokenRule } from './token-rule';

export const googleApiKey = tokenRule({
  id: 'google-api-key',
  provider: 'Google',
  description: 'Google API key',
  keywords: ['aiza'],
  pattern: /(?<![\w-])AIza[\w-]{35}(?![\w-])/g,
  envVar: 'GOOGLE_API_KEY',
  docs: 'https://cloud.google.com/docs/authentication/api-keys',
  prefixLength: 4,
});

export const googleOauthClientSecret = tokenRule({
  id: 'google-oauth-client-secret',
  provider: 'Google',
  description: 'Google OAuth client secret',
  keywords: ['gocspx-'],
  pattern: /\bGOCSPX-[\w-]{28}(?![\w-])/g,
  envVar: 'GOOGLE_CLIENT_SECRET',
  docs: 'https://developers.google.com/identity/protocols/oauth2',
  prefixLength: 7,
});

export const googleRules = [googleApiKey, googleOauthClientSecret];
