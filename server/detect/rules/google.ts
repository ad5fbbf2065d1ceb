// Google API keys (Maps, Firebase, Gemini…): `AIza` then 35 base64url characters; OAuth client secrets
// (`GOCSPX-` then 28); OAuth access tokens (`ya29.`, valid for an hour) and refresh tokens (`1//0`, valid until
// revoked).
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

export const googleOauthAccessToken = tokenRule({
  id: 'google-oauth-access-token',
  provider: 'Google',
  description: 'Google OAuth access token',
  keywords: ['ya29.'],
  pattern: /(?<![\w.-])ya29\.(?:c\.)?[\w-]{30,1024}(?![\w-])/g,
  envVar: 'GOOGLE_ACCESS_TOKEN',
  // Expires within the hour: still a leak while it lives, but rarely a lasting one.
  severity: 'warning',
  docs: 'https://developers.google.com/identity/protocols/oauth2',
  prefixLength: 5,
});

export const googleOauthRefreshToken = tokenRule({
  id: 'google-oauth-refresh-token',
  provider: 'Google',
  description: 'Google OAuth refresh token',
  keywords: ['1//0'],
  pattern: /(?<![\w/-])1\/\/0[\w-]{40,300}(?![\w-])/g,
  envVar: 'GOOGLE_REFRESH_TOKEN',
  docs: 'https://developers.google.com/identity/protocols/oauth2#expiration',
  prefixLength: 4,
});

export const googleRules = [googleApiKey, googleOauthClientSecret, googleOauthAccessToken, googleOauthRefreshToken];
